#include "pivotfields.h"

#include <QAction>
#include <QDataStream>
#include <QDragEnterEvent>
#include <QIODevice>
#include <QMimeData>
#include <QPainter>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

enum ItemRole { KindRole = Qt::UserRole + 1, DimensionRole, LevelRole, MeasureRole };

} // namespace

QString PivotField::mimeType()
{
    return u"application/x-nightshift-pivot-field"_s;
}

QMimeData *PivotField::toMime(int fromZone, int fromRow) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << int(kind) << level.dimension << level.level << measure << label << fromZone << fromRow;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    mime->setText(label);
    return mime;
}

std::optional<PivotField> PivotField::fromMime(const QMimeData *mime, int *fromZone, int *fromRow)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    QDataStream in(mime->data(mimeType()));
    int kind = 0, zone = -1, row = -1;
    PivotField field;
    in >> kind >> field.level.dimension >> field.level.level >> field.measure >> field.label >> zone >> row;
    if (in.status() != QDataStream::Ok || (kind != Level && kind != Measure))
        return std::nullopt;
    field.kind = Kind(kind);
    if (fromZone)
        *fromZone = zone;
    if (fromRow)
        *fromRow = row;
    return field;
}

FieldList::FieldList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"pivotFields"_s);
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setToolTip(tr("Drag a dimension or a measure onto the pivot, or use its context menu (Menu key)."));

    const QList<std::pair<PivotZone, QString>> zones{{PivotZone::Rows, tr("Add to rows")},
                                                      {PivotZone::Columns, tr("Add to columns")},
                                                      {PivotZone::Filters, tr("Add to filters")},
                                                      {PivotZone::Measures, tr("Add to measures")}};
    for (const auto &[zone, text] : zones) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(zone))));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, z = zone] {
            if (auto f = currentField())
                Q_EMIT addRequested(*f, z);
        });
        addAction(action);
        m_addActions << action;
    }
    connect(this, &QTreeWidget::currentItemChanged, this, &FieldList::updateActions);
    // Enter or a double click: levels go to the rows, measures beside the others.
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (auto f = field(item))
            Q_EMIT addRequested(*f, f->kind == PivotField::Measure ? PivotZone::Measures : PivotZone::Rows);
    });
    updateActions();
}

void FieldList::setCube(const reports::CubeInfo &cube)
{
    clear();
    QFont bold = font();
    bold.setBold(true);
    auto heading = [&](const QString &text) {
        auto *item = new QTreeWidgetItem(this, {text});
        item->setFont(0, bold);
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
        return item;
    };
    auto levelItem = [](QTreeWidgetItem *parent, const QString &text, const QString &dimension, const QString &level) {
        auto *item = new QTreeWidgetItem(parent, {text});
        item->setData(0, KindRole, int(PivotField::Level));
        item->setData(0, DimensionRole, dimension);
        item->setData(0, LevelRole, level);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        return item;
    };
    QTreeWidgetItem *dimensions = heading(tr("Dimensions"));
    for (const auto &dimension : cube.dimensions) {
        if (dimension.levels.isEmpty())
            continue;
        // The dimension itself drags as its coarsest level; its levels are below it.
        QTreeWidgetItem *item = levelItem(dimensions, dimension.label, dimension.name, dimension.levels.first().name);
        if (dimension.levels.size() > 1)
            for (const auto &level : dimension.levels)
                levelItem(item, level.label, dimension.name, level.name);
    }
    QTreeWidgetItem *measures = heading(tr("Measures"));
    for (const auto &measure : cube.measures) {
        auto *item = new QTreeWidgetItem(measures, {measure.label});
        item->setData(0, KindRole, int(PivotField::Measure));
        item->setData(0, MeasureRole, measure.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    expandItem(dimensions);
    expandItem(measures);
    updateActions();
}

std::optional<PivotField> FieldList::field(const QTreeWidgetItem *item) const
{
    if (!item || !item->data(0, KindRole).isValid())
        return std::nullopt;
    PivotField f;
    f.kind = PivotField::Kind(item->data(0, KindRole).toInt());
    f.label = item->text(0);
    if (f.kind == PivotField::Measure) {
        f.measure = item->data(0, MeasureRole).toString();
    } else {
        f.level = reports::AxisLevel{.dimension = item->data(0, DimensionRole).toString(),
                                     .level = item->data(0, LevelRole).toString()};
        if (item->parent() && item->parent()->data(0, KindRole).isValid())
            f.label = item->parent()->text(0) + u" › "_s + item->text(0); // "Date › Month"
    }
    return f;
}

QTreeWidgetItem *FieldList::itemFor(const QString &dimensionOrMeasure, const QString &level) const
{
    for (QTreeWidgetItemIterator it(const_cast<FieldList *>(this)); *it; ++it) {
        const auto f = field(*it);
        if (f && (level.isEmpty() ? f->kind == PivotField::Measure && f->measure == dimensionOrMeasure
                                  : f->kind == PivotField::Level && f->level.dimension == dimensionOrMeasure
                                        && f->level.level == level))
            return *it;
    }
    return nullptr;
}

QStringList FieldList::mimeTypes() const
{
    return {PivotField::mimeType()};
}

QMimeData *FieldList::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    const auto f = items.isEmpty() ? std::nullopt : field(items.first());
    return f ? f->toMime() : nullptr;
}

void FieldList::updateActions()
{
    const auto f = currentField();
    for (int zone = 0; zone < m_addActions.size(); ++zone)
        m_addActions[zone]->setEnabled(f && (f->kind == PivotField::Measure) == (PivotZone(zone) == PivotZone::Measures));
}

DropZone::DropZone(PivotZone zone, const QString &placeholder, QWidget *parent)
    : QListWidget(parent), m_zone(zone), m_placeholder(placeholder)
{
    setObjectName(u"pivotZone%1"_s.arg(int(zone)));
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setSpacing(2);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Chips in the palette's colours, so both themes draw them.
    setStyleSheet(u"QListWidget::item { border: 1px solid palette(mid); border-radius: 3px; padding: 1px 6px;"
                  " background: palette(button); color: palette(button-text); }"
                  "QListWidget::item:selected { border-color: palette(highlight); background: palette(highlight);"
                  " color: palette(highlighted-text); }"_s);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *remove = new QAction(tr("Remove"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT removeRequested(currentRow());
    });
    addAction(remove);
    if (zone == PivotZone::Filters) {
        auto *edit = new QAction(tr("Choose members…"), this);
        connect(edit, &QAction::triggered, this, [this] {
            if (currentRow() >= 0)
                Q_EMIT editRequested(currentRow());
        });
        addAction(edit);
        connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { Q_EMIT editRequested(row(item)); });
    }
}

void DropZone::setFields(const QList<PivotField> &fields, const QStringList &texts)
{
    m_fields = fields;
    clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        auto *item = new QListWidgetItem(i < texts.size() ? texts[i] : fields[i].label, this);
        item->setToolTip(tr("Drag to move; Delete to remove."));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    viewport()->update();
}

bool DropZone::accepts(const PivotField &field) const
{
    return (field.kind == PivotField::Measure) == (m_zone == PivotZone::Measures);
}

QStringList DropZone::mimeTypes() const
{
    return {PivotField::mimeType()};
}

QMimeData *DropZone::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    const int r = row(items.first());
    return r >= 0 && r < m_fields.size() ? m_fields[r].toMime(int(m_zone), r) : nullptr;
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    const auto f = PivotField::fromMime(event->mimeData());
    if (f && accepts(*f))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DropZone::dragMoveEvent(QDragMoveEvent *event)
{
    const auto f = PivotField::fromMime(event->mimeData());
    if (f && accepts(*f))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DropZone::dropEvent(QDropEvent *event)
{
    int fromZone = -1, fromRow = -1;
    const auto f = PivotField::fromMime(event->mimeData(), &fromZone, &fromRow);
    if (!f || !accepts(*f)) {
        event->ignore();
        return;
    }
    const QModelIndex at = indexAt(event->position().toPoint());
    const int position = at.isValid() ? at.row() : count();
    // A copy for the drag's source: the page moves the field itself and redraws both zones.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT dropped(*f, position, fromZone, fromRow);
}

void DropZone::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Backspace && currentRow() >= 0) {
        Q_EMIT removeRequested(currentRow());
        return;
    }
    QListWidget::keyPressEvent(event);
}

void DropZone::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    if (count() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, m_placeholder);
}

QSize DropZone::sizeHint() const
{
    return {200, minimumSizeHint().height()};
}

QSize DropZone::minimumSizeHint() const
{
    return {80, fontMetrics().height() + 2 * frameWidth() + 14};
}

} // namespace nightshift
