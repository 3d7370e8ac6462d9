#include "pivotmodel.h"

#include "common/background.h"
#include "pivotformat.h"

#include <QFont>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace nightshift {

using reports::CubeFilter;

PivotModel::PivotModel(std::shared_ptr<const PivotSource> source, QObject *parent)
    : QAbstractItemModel(parent), m_source(std::move(source))
{
}

PivotModel::~PivotModel()
{
    if (m_cancel)
        m_cancel->store(true); // the worker stops at its next query; its result goes nowhere
}

void PivotModel::setCube(const reports::CubeInfo &cube)
{
    cancel();
    m_cube = cube;
    m_spec = PivotSpec{.cube = cube.name, .rows = {}, .columns = {}, .measures = {}, .filters = {}, .drilled = {}};
    setTable(PivotTable{.spec = m_spec, .measures = {}, .columns = {}, .rows = {}, .topLevel = {}, .queries = 0});
}

void PivotModel::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT busyChanged(running);
}

void PivotModel::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation; // whatever comes back is dropped
    setRunning(false);
}

void PivotModel::setSpec(const PivotSpec &spec)
{
    cancel();
    m_spec = spec;
    m_spec.cube = m_cube.name;
    if (m_spec.measures.isEmpty()) { // nothing to ask: an empty table at once
        setTable(PivotTable{.spec = m_spec, .measures = {}, .columns = {}, .rows = {}, .topLevel = {}, .queries = 0});
        Q_EMIT loaded();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = m_generation;
    setRunning(true);
    Q_EMIT progressChanged(0);
    runWorkerJob<PivotTable>(
        this,
        [source = m_source, cube = m_cube, spec = m_spec, cancel = m_cancel](QPromise<Result<PivotTable>> &promise) {
            return buildPivot(*source, cube, spec, cancel.get(), [&promise](int done, int total) {
                promise.setProgressValue(done * 1000 / std::max(total, 1));
            });
        },
        [this, generation](const Result<PivotTable> &table) {
            if (generation != m_generation)
                return;
            setRunning(false);
            if (!table) {
                Q_EMIT failed(table.error().message);
                return;
            }
            setTable(*table);
            Q_EMIT loaded();
        },
        [this, generation](int permille) {
            if (generation == m_generation)
                Q_EMIT progressChanged(permille);
        });
}

void PivotModel::setTable(PivotTable table)
{
    beginResetModel();
    m_table = std::move(table);
    if (m_sortColumn > m_table.columns.size())
        m_sortColumn = 0;
    applySort();
    updatePositions();
    computeHeatRanges();
    endResetModel();
}

const QList<int> &PivotModel::siblings(int tableRow) const
{
    const int parent = m_table.rows.at(tableRow).parent;
    return parent < 0 ? m_table.topLevel : m_table.rows.at(parent).children;
}

void PivotModel::updatePositions()
{
    m_position = QList<int>(m_table.rows.size(), 0);
    for (qsizetype i = 0; i < m_table.topLevel.size(); ++i)
        m_position[m_table.topLevel[i]] = int(i);
    for (const PivotRow &row : std::as_const(m_table.rows))
        for (qsizetype i = 0; i < row.children.size(); ++i)
            m_position[row.children[i]] = int(i);
}

void PivotModel::applySort()
{
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Rows without a value go last either way: they are not the biggest nor the smallest.
    auto less = [&](int a, int b) {
        const PivotRow &x = m_table.rows[a], &y = m_table.rows[b];
        if (column == 0)
            return descending ? memberKeyLess(y.member.key, x.member.key) : memberKeyLess(x.member.key, y.member.key);
        const QVariant &u = x.values[column - 1], &v = y.values[column - 1];
        if (u.isNull() || v.isNull())
            return !u.isNull() && v.isNull();
        return descending ? u.toDouble() > v.toDouble() : u.toDouble() < v.toDouble();
    };
    const bool hasTotal = !m_table.topLevel.isEmpty() && m_table.rows[m_table.topLevel.last()].grandTotal;
    if (hasTotal)
        m_table.topLevel.removeLast();
    std::stable_sort(m_table.topLevel.begin(), m_table.topLevel.end(), less);
    if (hasTotal)
        m_table.topLevel << 0;
    for (PivotRow &row : m_table.rows)
        std::stable_sort(row.children.begin(), row.children.end(), less);
}

void PivotModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column > m_table.columns.size())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    updatePositions();
    QModelIndexList after;
    for (const QModelIndex &index : before) {
        const int row = int(index.internalId());
        after << createIndex(m_position[row], index.column(), quintptr(row));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PivotModel::computeHeatRanges()
{
    m_heatRange = QList<std::pair<double, double>>(m_table.measures.size(), {0.0, 0.0});
    QList<bool> seen(m_table.measures.size(), false);
    for (const PivotRow &row : std::as_const(m_table.rows)) {
        if (row.grandTotal || !row.children.isEmpty())
            continue; // subtotals would flatten the scale of the cells they add up
        for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
            const PivotColumn &column = m_table.columns[c];
            if (column.total || row.values[c].isNull())
                continue;
            const double v = row.values[c].toDouble();
            auto &[low, high] = m_heatRange[column.measure];
            low = seen[column.measure] ? std::min(low, v) : v;
            high = seen[column.measure] ? std::max(high, v) : v;
            seen[column.measure] = true;
        }
    }
}

void PivotModel::emitAllChanged(const QModelIndex &parent, const QList<int> &roles)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, columnCount() - 1, parent), roles);
    for (int r = 0; r < rows; ++r)
        emitAllChanged(index(r, 0, parent), roles);
}

void PivotModel::setHighlighting(bool on)
{
    if (on == m_highlight)
        return;
    m_highlight = on;
    emitAllChanged({}, {Qt::BackgroundRole, Qt::ForegroundRole, HeatRole});
}

void PivotModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    emitAllChanged({}, {Qt::DisplayRole});
}

int PivotModel::rowOf(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? int(index.internalId()) : -1;
}

QModelIndex PivotModel::indexOfRow(int tableRow, int column) const
{
    if (tableRow < 0 || tableRow >= m_table.rows.size())
        return {};
    return createIndex(m_position[tableRow], column, quintptr(tableRow));
}

bool PivotModel::canExpand(const QModelIndex &index) const
{
    const int r = rowOf(index);
    if (r < 0)
        return false;
    const PivotRow &row = m_table.rows[r];
    return !row.grandTotal && row.children.isEmpty() && !row.path.levels.isEmpty()
        && nextLevel(m_cube, row.path.levels.last()).has_value();
}

bool PivotModel::isExpanded(const QModelIndex &index) const
{
    const int r = rowOf(index);
    return r >= 0 && m_table.rows[r].drilled;
}

QString PivotModel::nextLevelLabel(const QModelIndex &index) const
{
    const int r = rowOf(index);
    if (r < 0 || m_table.rows[r].path.levels.isEmpty())
        return {};
    const auto next = nextLevel(m_cube, m_table.rows[r].path.levels.last());
    return next ? next->label : QString();
}

void PivotModel::expand(const QModelIndex &index)
{
    if (!canExpand(index))
        return;
    m_spec.drilled << m_table.rows[rowOf(index)].path;
    reload();
}

void PivotModel::collapse(const QModelIndex &index)
{
    if (!isExpanded(index))
        return;
    const RowPath &path = m_table.rows[rowOf(index)].path;
    m_spec.drilled.removeIf([&](const RowPath &drilled) {
        return drilled.levels.size() >= path.levels.size()
            && RowPath{.levels = drilled.levels.first(path.levels.size()),
                       .keys = drilled.keys.first(path.keys.size())}
                   == path;
    });
    reload();
}

QList<CubeFilter> PivotModel::cellFilters(const QModelIndex &index) const
{
    QList<CubeFilter> filters = m_spec.filters;
    const int r = rowOf(index);
    if (r < 0)
        return filters;
    const RowPath &path = m_table.rows[r].path;
    for (qsizetype i = 0; i < path.levels.size(); ++i)
        filters << CubeFilter{.on = path.levels[i], .members = {path.keys[i]}, .exclude = false};
    if (isValueColumn(index.column()) && !pivotColumn(index.column()).total) {
        const auto &members = pivotColumn(index.column()).members;
        for (qsizetype i = 0; i < members.size() && i < m_table.spec.columns.size(); ++i)
            filters << CubeFilter{.on = m_table.spec.columns[i], .members = {members[i].key}, .exclude = false};
    }
    return filters;
}

QString PivotModel::columnTitle(int column, bool oneLine) const
{
    if (!isValueColumn(column))
        return {};
    const PivotColumn &c = pivotColumn(column);
    QStringList members;
    for (const auto &m : c.members)
        members << (m.label.isEmpty() ? m.key.toString() : m.label);
    QString title = c.total ? tr("Total") : members.join(u" › "_s);
    const QString measure = m_table.measures.at(c.measure).label;
    if (title.isEmpty())
        return measure;
    if (m_table.measures.size() > 1)
        title += (oneLine ? u" · "_s : u"\n"_s) + measure;
    return title;
}

QModelIndex PivotModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &list = parent.isValid() ? m_table.rows[rowOf(parent)].children : m_table.topLevel;
    return createIndex(row, column, quintptr(list[row]));
}

QModelIndex PivotModel::parent(const QModelIndex &child) const
{
    const int r = rowOf(child);
    if (r < 0 || m_table.rows[r].parent < 0)
        return {};
    const int p = m_table.rows[r].parent;
    return createIndex(m_position[p], 0, quintptr(p));
}

int PivotModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_table.topLevel.size());
    if (parent.column() != 0)
        return 0;
    return int(m_table.rows[rowOf(parent)].children.size());
}

int PivotModel::columnCount(const QModelIndex &) const
{
    return 1 + int(m_table.columns.size());
}

QVariant PivotModel::data(const QModelIndex &index, int role) const
{
    const int r = rowOf(index);
    if (r < 0)
        return {};
    const PivotRow &row = m_table.rows[r];
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (!row.member.label.isEmpty())
                return row.member.label;
            return row.member.key.isNull() ? tr("(none)") : row.member.key.toString();
        case Qt::ToolTipRole:
            return row.path.levels.isEmpty() ? QVariant() : levelLabel(m_cube, row.path.levels.last());
        case Qt::FontRole: {
            if (!row.grandTotal)
                return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case ValueRole:
            return row.member.key;
        case TotalRole:
            return row.grandTotal;
        case LevelRole:
            return row.path.levels.isEmpty()
                ? QVariant()
                : QVariant(row.path.levels.last().dimension + u'.' + row.path.levels.last().level);
        default:
            return {};
        }
    }
    const PivotColumn &column = pivotColumn(index.column());
    const QVariant &value = row.values[index.column() - 1];
    const bool total = row.grandTotal || column.total;
    auto heat = [&]() -> std::optional<double> {
        if (!m_highlight || total || !row.children.isEmpty() || value.isNull())
            return std::nullopt;
        const auto [low, high] = m_heatRange[column.measure];
        return high > low ? (value.toDouble() - low) / (high - low) : 0.5;
    };
    switch (role) {
    case Qt::DisplayRole:
        return formatMeasure(value, m_table.measures[column.measure].format, m_locale);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (!total)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::BackgroundRole:
        if (auto t = heat())
            return heatColor(*t);
        return {};
    case Qt::ForegroundRole:
        if (auto t = heat())
            return heatText(*t);
        return {};
    case HeatRole:
        if (auto t = heat())
            return *t;
        return {};
    case ValueRole:
        return value;
    case TotalRole:
        return total;
    default:
        return {};
    }
}

QVariant PivotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == 0) {
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        QStringList levels;
        for (const auto &level : m_table.spec.rows)
            levels << levelLabel(m_cube, level);
        return levels.join(u" / "_s);
    }
    switch (role) {
    case Qt::DisplayRole: {
        // A long measure label breaks at its middle space in the header, so measures side by side keep their
        // columns about as narrow as their figures ("Average\namount").
        QString title = columnTitle(section, false);
        const qsizetype start = title.lastIndexOf(u'\n') + 1;
        if (title.size() - start > 12) {
            const qsizetype middle = start + (title.size() - start) / 2;
            qsizetype best = -1;
            for (qsizetype i = title.indexOf(u' ', start); i >= 0; i = title.indexOf(u' ', i + 1))
                if (best < 0 || std::abs(middle - i) < std::abs(middle - best))
                    best = i;
            if (best > start)
                title[best] = u'\n';
        }
        return title;
    }
    case Qt::ToolTipRole:
        return columnTitle(section, true);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace nightshift
