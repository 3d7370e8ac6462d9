#include "pivottable.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

using reports::AxisLevel;
using reports::CubeFilter;
using reports::CubeInfo;
using reports::CubeQuery;
using reports::CubeResult;
using reports::Member;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::PivotTable)
};

// A map key for a list of members: the type travels with the text, so 1 and "1" stay apart.
QString keyString(const QList<AxisLevel> &levels, const QVariantList &keys)
{
    QStringList parts;
    for (qsizetype i = 0; i < keys.size(); ++i)
        parts << u"%1.%2=%3:%4"_s.arg(i < levels.size() ? levels[i].dimension : QString(),
                                      i < levels.size() ? levels[i].level : QString())
                     .arg(keys[i].typeId())
                     .arg(keys[i].toString());
    return parts.join(QChar(0x1f));
}

QVariantList keysOf(const QList<Member> &members)
{
    QVariantList keys;
    for (const Member &m : members)
        keys << m.key;
    return keys;
}

// Builds the pivot one query at a time; each query fills the rows of one depth (or one drill-down) and their
// values in every column.
class Builder
{
public:
    Builder(const PivotSource &source, const CubeInfo &cube, const PivotSpec &spec, const std::atomic_bool *cancel,
            const std::function<void(int, int)> &progress)
        : m_source(source), m_cube(cube), m_cancel(cancel), m_progress(progress)
    {
        m_table.spec = spec;
    }

    Result<PivotTable> run();

private:
    Status validate();
    Result<CubeResult> query(const QList<AxisLevel> &groupBy, const QList<CubeFilter> &extraFilters = {});
    void addColumns(const CubeResult &perTuple);
    int rowFor(const QList<AxisLevel> &levels, const QList<Member> &members, int parent);
    void fill(int row, const QList<Member> &columnMembers, const QVariantList &values);
    // Rows grouped by `levels` (their last member new, under the row of the others) and their values.
    Status addRows(const QList<AxisLevel> &levels, const QList<CubeFilter> &filters, int drilledParent);
    void sortChildren(QList<int> &children);

    const PivotSource &m_source;
    const CubeInfo &m_cube;
    const std::atomic_bool *m_cancel;
    const std::function<void(int, int)> &m_progress;
    PivotTable m_table;
    QHash<QString, int> m_rowIndex; // keyString of the row's path → row
    QHash<QString, int> m_columnIndex; // keyString of the column members → first column (measure 0)
    int m_totalColumn = -1; // first total column; -1 without column levels
    int m_plannedQueries = 0;
};

Status Builder::validate()
{
    const PivotSpec &spec = m_table.spec;
    for (const QString &name : spec.measures) {
        auto found = std::find_if(m_cube.measures.begin(), m_cube.measures.end(),
                                  [&](const reports::CubeMeasure &m) { return m.name == name; });
        if (found == m_cube.measures.end())
            return fail(Text::tr("The cube \"%1\" has no measure \"%2\".").arg(m_cube.label, name));
        m_table.measures << *found;
    }
    if (m_table.measures.isEmpty())
        return fail(Text::tr("Choose at least one measure."));
    for (const AxisLevel &level : spec.rows + spec.columns) {
        if (levelLabel(m_cube, level).isEmpty())
            return fail(Text::tr("The cube \"%1\" has no level \"%2.%3\".")
                            .arg(m_cube.label, level.dimension, level.level));
    }
    return {};
}

Result<CubeResult> Builder::query(const QList<AxisLevel> &groupBy, const QList<CubeFilter> &extraFilters)
{
    if (m_cancel && m_cancel->load())
        return fail(Text::tr("Cancelled."));
    const CubeQuery q{.groupBy = groupBy, .measures = m_table.spec.measures,
                      .filters = m_table.spec.filters + extraFilters};
    auto result = m_source.query(m_table.spec.cube, q, m_cancel);
    ++m_table.queries;
    if (m_progress)
        m_progress(m_table.queries, std::max(m_plannedQueries, m_table.queries));
    return result;
}

void Builder::addColumns(const CubeResult &perTuple)
{
    QList<QList<Member>> tuples;
    for (const auto &cell : perTuple.cells)
        tuples << cell.members;
    std::sort(tuples.begin(), tuples.end(), [](const QList<Member> &a, const QList<Member> &b) {
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            if (memberKeyLess(a[i].key, b[i].key))
                return true;
            if (memberKeyLess(b[i].key, a[i].key))
                return false;
        }
        return a.size() < b.size();
    });
    if (m_table.spec.columns.isEmpty() && tuples.isEmpty())
        tuples << QList<Member>{}; // no facts at all: still one column per measure
    const int measures = int(m_table.measures.size());
    for (const QList<Member> &tuple : tuples) {
        m_columnIndex.insert(keyString(m_table.spec.columns, keysOf(tuple)), int(m_table.columns.size()));
        for (int m = 0; m < measures; ++m)
            m_table.columns << PivotColumn{.members = tuple, .measure = m, .total = false};
    }
    if (!m_table.spec.columns.isEmpty()) {
        m_totalColumn = int(m_table.columns.size());
        for (int m = 0; m < measures; ++m)
            m_table.columns << PivotColumn{.members = {}, .measure = m, .total = true};
    }
}

int Builder::rowFor(const QList<AxisLevel> &levels, const QList<Member> &members, int parent)
{
    const QVariantList keys = keysOf(members);
    const QString key = keyString(levels, keys);
    if (auto found = m_rowIndex.find(key); found != m_rowIndex.end())
        return *found;
    const int row = int(m_table.rows.size());
    m_table.rows << PivotRow{.member = members.isEmpty() ? Member{} : members.last(),
                             .path = RowPath{.levels = levels, .keys = keys},
                             .parent = parent,
                             .children = {},
                             .values = QVariantList(m_table.columns.size()),
                             .grandTotal = false,
                             .drilled = false};
    m_rowIndex.insert(key, row);
    if (parent >= 0)
        m_table.rows[parent].children << row;
    else
        m_table.topLevel << row;
    return row;
}

void Builder::fill(int row, const QList<Member> &columnMembers, const QVariantList &values)
{
    int first = m_totalColumn;
    if (!columnMembers.isEmpty() || m_table.spec.columns.isEmpty())
        first = m_columnIndex.value(keyString(m_table.spec.columns, keysOf(columnMembers)), -1);
    if (first < 0)
        return; // a combination without a grand total: cannot be, unless the facts changed between queries
    QVariantList &target = m_table.rows[row].values;
    for (qsizetype m = 0; m < values.size() && m < m_table.measures.size(); ++m)
        target[first + m] = values[m];
}

Status Builder::addRows(const QList<AxisLevel> &levels, const QList<CubeFilter> &filters, int drilledParent)
{
    const qsizetype depth = levels.size();
    const QList<AxisLevel> parentLevels = levels.first(depth - 1);
    for (bool withColumns : {false, true}) {
        if (withColumns && m_table.spec.columns.isEmpty())
            break; // the row totals were the only values
        auto result = query(withColumns ? levels + m_table.spec.columns : levels, filters);
        if (!result)
            return std::unexpected(result.error());
        for (const auto &cell : result->cells) {
            const QList<Member> rowMembers = cell.members.first(std::min(depth, cell.members.size()));
            int parent = drilledParent;
            if (drilledParent < 0 && depth > 1) {
                parent = m_rowIndex.value(keyString(parentLevels, keysOf(rowMembers.first(depth - 1))), -1);
                if (parent < 0)
                    continue;
            }
            const int row = rowFor(levels, rowMembers, parent);
            fill(row, cell.members.mid(depth), cell.values);
        }
    }
    return {};
}

void Builder::sortChildren(QList<int> &children)
{
    std::stable_sort(children.begin(), children.end(), [this](int a, int b) {
        return memberKeyLess(m_table.rows[a].member.key, m_table.rows[b].member.key);
    });
    for (int child : children)
        sortChildren(m_table.rows[child].children);
}

Result<PivotTable> Builder::run()
{
    if (auto valid = validate(); !valid)
        return std::unexpected(valid.error());
    const PivotSpec &spec = m_table.spec;
    const int perLevel = spec.columns.isEmpty() ? 1 : 2;
    m_plannedQueries = perLevel * int(1 + spec.rows.size() + spec.drilled.size());

    // The column combinations, each with its grand total.
    auto perTuple = query(spec.columns);
    if (!perTuple)
        return std::unexpected(perTuple.error());
    addColumns(*perTuple);
    PivotRow total{.member = Member{.key = {}, .label = Text::tr("Total")},
                   .path = {},
                   .parent = -1,
                   .children = {},
                   .values = QVariantList(m_table.columns.size()),
                   .grandTotal = true,
                   .drilled = false};
    m_table.rows << total;
    for (const auto &cell : perTuple->cells)
        fill(0, cell.members, cell.values);
    if (!spec.columns.isEmpty()) {
        auto grand = query({});
        if (!grand)
            return std::unexpected(grand.error());
        for (const auto &cell : grand->cells)
            fill(0, {}, cell.values);
    }

    for (qsizetype depth = 1; depth <= spec.rows.size(); ++depth)
        if (auto added = addRows(spec.rows.first(depth), {}, -1); !added)
            return std::unexpected(added.error());

    // Drill-downs, shorter paths first, so a quarter opened inside an opened year finds its year.
    QList<RowPath> drilled = spec.drilled;
    std::stable_sort(drilled.begin(), drilled.end(),
                     [](const RowPath &a, const RowPath &b) { return a.levels.size() < b.levels.size(); });
    for (const RowPath &path : drilled) {
        const int row = m_rowIndex.value(keyString(path.levels, path.keys), -1);
        const auto next = path.levels.isEmpty() ? std::nullopt : nextLevel(m_cube, path.levels.last());
        if (row < 0 || !next || !m_table.rows[row].children.isEmpty())
            continue; // gone from the data, or nothing finer
        QList<CubeFilter> filters;
        for (qsizetype i = 0; i < path.levels.size(); ++i)
            filters << CubeFilter{.on = path.levels[i], .members = {path.keys[i]}, .exclude = false};
        m_table.rows[row].drilled = true;
        const AxisLevel finer{.dimension = path.levels.last().dimension, .level = next->name};
        if (auto added = addRows(path.levels + QList<AxisLevel>{finer}, filters, row); !added)
            return std::unexpected(added.error());
    }

    sortChildren(m_table.topLevel);
    m_table.topLevel.removeAll(0);
    m_table.topLevel << 0; // the grand total last
    return m_table;
}

} // namespace

bool operator==(const RowPath &a, const RowPath &b)
{
    if (a.levels.size() != b.levels.size() || a.keys != b.keys)
        return false;
    for (qsizetype i = 0; i < a.levels.size(); ++i)
        if (a.levels[i].dimension != b.levels[i].dimension || a.levels[i].level != b.levels[i].level)
            return false;
    return true;
}

std::optional<reports::CubeLevel> nextLevel(const CubeInfo &cube, const AxisLevel &level)
{
    for (const auto &dimension : cube.dimensions) {
        if (dimension.name != level.dimension)
            continue;
        for (qsizetype i = 0; i + 1 < dimension.levels.size(); ++i)
            if (dimension.levels[i].name == level.level)
                return dimension.levels[i + 1];
    }
    return std::nullopt;
}

QString levelLabel(const CubeInfo &cube, const AxisLevel &level)
{
    for (const auto &dimension : cube.dimensions) {
        if (dimension.name != level.dimension)
            continue;
        for (const auto &l : dimension.levels)
            if (l.name == level.level)
                return dimension.levels.size() == 1 || l.label == dimension.label ? dimension.label
                                                                                   : u"%1 › %2"_s.arg(dimension.label, l.label);
    }
    return {};
}

bool memberKeyLess(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && !b.isNull();
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Unordered)
        return a.toString() < b.toString();
    return order == QPartialOrdering::Less;
}

Result<PivotTable> buildPivot(const PivotSource &source, const CubeInfo &cube, const PivotSpec &spec,
                              const std::atomic_bool *cancel, const std::function<void(int, int)> &progress)
{
    return Builder(source, cube, spec, cancel, progress).run();
}

} // namespace nightshift
