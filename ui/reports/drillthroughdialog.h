#pragma once

#include "reports/cubequery.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableView;
class QStandardItemModel;

namespace nightshift {

// The facts behind one cell of the pivot, as many as were read; a note says when there are more.
class DrillThroughDialog : public QDialog
{
    Q_OBJECT
public:
    DrillThroughDialog(const QString &cell, const reports::FactRows &facts, int limit, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QStandardItemModel *factsModel() const { return m_model; }
    QLabel *note() const { return m_note; }

private:
    QTableView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_note;
};

// The members of one level, checked to keep them (or, with "exclude", to leave them out), for the pivot's filters.
class FilterDialog : public QDialog
{
    Q_OBJECT
public:
    FilterDialog(const QString &level, const QList<reports::Member> &members, const reports::CubeFilter &current,
                 QWidget *parent = nullptr);

    reports::CubeFilter filter() const; // its `on` is the current filter's
    QStandardItemModel *membersModel() const { return m_members; }

private:
    reports::CubeFilter m_filter;
    QStandardItemModel *m_members;
    QCheckBox *m_exclude;
};

} // namespace nightshift
