#pragma once

#include "store/instancesnapshot.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace nightshift {

class WorkflowFilter;
class WorkflowListModel;

// The page for a folder of workflows: its name and count, a filter box, and the sortable list.
class WorkflowListPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkflowListPage(QWidget *parent = nullptr);

    void setSnapshot(const InstanceSnapshot &snapshot); // keeps the selected workflows when they still exist
    void showFolder(const QString &title, const QString &toolTip, const QSet<qint64> &folderIds);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    WorkflowListModel *listModel() const { return m_model; }
    WorkflowFilter *filterModel() const { return m_proxy; }

    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state); // an empty state keeps the columns sized to their contents

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sizeColumnsToContents();
    void updateCount();
    QStringList selectedNames() const;
    void selectNames(const QStringList &names);

    WorkflowListModel *m_model;
    WorkflowFilter *m_proxy;
    QLabel *m_title;
    QLabel *m_count;
    QLineEdit *m_filter;
    QTreeView *m_view;
    bool m_sizeColumns = true; // to their contents, with the first data, unless the operator's widths were restored
};

} // namespace nightshift
