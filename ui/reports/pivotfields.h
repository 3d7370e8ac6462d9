#pragma once

#include "reports/cubequery.h"

#include <QListWidget>
#include <QTreeWidget>

namespace nightshift {

// What can be put on the pivot: a level of a dimension (on rows, columns or filters) or a measure.
struct PivotField
{
    enum Kind { Level, Measure };
    Kind kind = Level;
    reports::AxisLevel level;
    QString measure;
    QString label;

    static QString mimeType(); // "application/x-nightshift-pivot-field"
    QMimeData *toMime(int fromZone = -1, int fromRow = -1) const; // -1: from the field list
    static std::optional<PivotField> fromMime(const QMimeData *mime, int *fromZone = nullptr, int *fromRow = nullptr);
};

enum class PivotZone { Rows, Columns, Filters, Measures };

// The cube's dimensions (with their levels) and measures, dragged onto the zones; or, from the keyboard,
// added with the context menu (Menu key) or Ctrl+1..4.
class FieldList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit FieldList(QWidget *parent = nullptr);

    void setCube(const reports::CubeInfo &cube);
    std::optional<PivotField> field(const QTreeWidgetItem *item) const;
    std::optional<PivotField> currentField() const { return field(currentItem()); }
    // A measure's item (no level), or the first item of a dimension's level.
    QTreeWidgetItem *itemFor(const QString &dimensionOrMeasure, const QString &level = {}) const;

    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override; // what a drag carries
    QStringList mimeTypes() const override;

Q_SIGNALS:
    void addRequested(const nightshift::PivotField &field, nightshift::PivotZone zone);

private:
    void updateActions();

    QList<QAction *> m_addActions; // one per zone
};

// A drop target of the pivot (Rows, Columns, Filters or Measures): its fields as chips in order. Dropping a field
// inserts it where it falls (moving it when it came from another zone); Delete removes the current one.
class DropZone : public QListWidget
{
    Q_OBJECT
public:
    DropZone(PivotZone zone, const QString &placeholder, QWidget *parent = nullptr);

    PivotZone zone() const { return m_zone; }
    void setFields(const QList<PivotField> &fields, const QStringList &texts); // texts: as shown
    bool accepts(const PivotField &field) const;

Q_SIGNALS:
    // fromZone -1: from the field list; else the zone (PivotZone) and row it was dragged from.
    void dropped(const nightshift::PivotField &field, int position, int fromZone, int fromRow);
    void removeRequested(int row);
    void editRequested(int row);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    PivotZone m_zone;
    QString m_placeholder;
    QList<PivotField> m_fields;
};

} // namespace nightshift
