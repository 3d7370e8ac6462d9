#include "workflowlistmodel.h"

#include "common/formatting.h"
#include "common/icons.h"
#include "core/executionstatus.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <numeric>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

QString runStatusText(const QString &name)
{
    const auto status = runStatusFromName(name);
    return status ? QCoreApplication::translate("nightshift::RunStatus", runStatusLabel(*status)) : name;
}

QString haystackOf(const WorkflowRecord &w)
{
    return (w.label + u'\n' + w.internalName + u'\n' + w.packageId).toCaseFolded();
}

} // namespace

WorkflowListModel::WorkflowListModel(QObject *parent) : QAbstractTableModel(parent)
{
    icons::initResources();
}

WorkflowRowKeys WorkflowRowKeys::of(const QList<WorkflowRecord> &workflows)
{
    WorkflowRowKeys keys;
    keys.haystacks.reserve(workflows.size());
    keys.rows.reserve(workflows.size());
    QStringList labels;
    labels.reserve(workflows.size());
    for (const WorkflowRecord &w : workflows) {
        keys.rows.insert(w.id, int(labels.size()));
        keys.haystacks << haystackOf(w);
        labels << w.label;
    }
    keys.labelRanks = ranksOf(labels);
    keys.packages = packagesOf(workflows);
    return keys;
}

QStringList WorkflowRowKeys::packagesOf(const QList<WorkflowRecord> &workflows)
{
    QSet<QString> distinct; // a set: 20,000 workflows share a dozen packages
    for (const WorkflowRecord &w : workflows)
        distinct.insert(w.packageId);
    QStringList packages(distinct.cbegin(), distinct.cend());
    packages.sort();
    return packages;
}

QList<int> WorkflowRowKeys::ranksOf(const QStringList &texts)
{
    // Sort keys once per row (the comparisons of a sort are then byte compares), in the order
    // QString::localeAwareCompare gives; equal texts share a rank so that a stable sort keeps them as the model
    // has them.
    const QCollator collator;
    QList<QCollatorSortKey> keys;
    keys.reserve(texts.size());
    for (const QString &text : texts)
        keys << collator.sortKey(text);
    QList<int> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
    QList<int> rank(texts.size());
    for (int i = 0; i < order.size(); ++i)
        rank[order.at(i)] = i > 0 && keys.at(order.at(i)).compare(keys.at(order.at(i - 1))) == 0 ? rank[order.at(i - 1)]
                                                                                                 : i;
    return rank;
}

void WorkflowListModel::setSnapshot(const InstanceSnapshot &snapshot, const LiveStatus &status, WorkflowRowKeys keys)
{
    const bool sameRows = snapshot.workflows.size() == m_workflows.size() && !m_workflows.isEmpty()
        && std::equal(m_workflows.cbegin(), m_workflows.cend(), snapshot.workflows.cbegin(),
                      [](const WorkflowRecord &a, const WorkflowRecord &b) { return a.id == b.id; });
    if (sameRows) {
        const QList<WorkflowRecord> before = std::exchange(m_workflows, snapshot.workflows);
        const QHash<qint64, WorkflowTimes> timesBefore = std::exchange(m_times, status.times);
        const QHash<qint64, QString> triggersBefore = std::exchange(m_triggers, snapshot.triggers);
        changedRows(before, timesBefore, triggersBefore);
        return;
    }
    if (keys.haystacks.size() != snapshot.workflows.size() || keys.labelRanks.size() != snapshot.workflows.size()
        || keys.rows.size() != snapshot.workflows.size())
        keys = WorkflowRowKeys::of(snapshot.workflows); // not made beforehand
    beginResetModel();
    m_workflows = snapshot.workflows;
    m_triggers = snapshot.triggers;
    m_times = status.times;
    m_rows = std::move(keys.rows);
    m_haystacks = std::move(keys.haystacks);
    m_ranks.clear();
    m_ranks.insert(Label, std::move(keys.labelRanks));
    endResetModel();
}

// Signals one span, from the first to the last row whose record, times or trigger differ: a refresh where nothing
// changed costs the views nothing, and one where some did costs the filter one pass (not one per run of rows).
// The ranks of the text columns that changed are made again on the next sort by them.
void WorkflowListModel::changedRows(const QList<WorkflowRecord> &before,
                                    const QHash<qint64, WorkflowTimes> &timesBefore,
                                    const QHash<qint64, QString> &triggersBefore)
{
    int first = -1, last = -1;
    for (int row = 0; row < m_workflows.size(); ++row) {
        const WorkflowRecord &w = m_workflows.at(row);
        const WorkflowRecord &old = before.at(row);
        const bool recordChanged = old != w;
        const bool timesChanged = timesBefore.value(w.id) != m_times.value(w.id);
        const bool triggerChanged = triggersBefore.value(w.id) != m_triggers.value(w.id);
        if (!recordChanged && !timesChanged && !triggerChanged)
            continue;
        if (recordChanged) {
            m_haystacks[row] = haystackOf(w);
            if (old.label != w.label)
                m_ranks.remove(Label);
            if (old.internalName != w.internalName)
                m_ranks.remove(InternalName);
            if (old.packageId != w.packageId)
                m_ranks.remove(Package);
            if (old.state != w.state || old.failed != w.failed)
                m_ranks.remove(State);
        }
        if (timesChanged) // "running" or another status
            m_ranks.remove(LastStatus);
        if (triggerChanged)
            m_ranks.remove(Trigger);
        first = first < 0 ? row : first;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void WorkflowListModel::setTriggers(const QHash<qint64, QString> &triggers)
{
    m_triggers = triggers;
    m_ranks.remove(Trigger);
    if (!m_workflows.isEmpty())
        Q_EMIT dataChanged(index(0, Trigger), index(rowCount() - 1, Trigger), {Qt::DisplayRole, SortRole});
}

int WorkflowListModel::rowOf(qint64 workflowId) const
{
    return m_rows.value(workflowId, -1);
}

bool WorkflowListModel::isRunning(int row) const
{
    const WorkflowTimes t = times(row);
    return t.lastStart > 0 && t.lastStart > t.lastEnd;
}

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workflows.size());
}

int WorkflowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkflowListModel::dateTimeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(at.time(), QLocale::ShortFormat);
    const QDate today = QDate::currentDate();
    if (at.date() == today)
        return time;
    if (at.date().year() == today.year()) { // the locale's short date without its year: narrower columns
        static const QRegularExpression year(u"^y+[^dM]*|[^dM]*y+$"_s);
        const QString format = locale.dateFormat(QLocale::ShortFormat).remove(year);
        if (format.contains(u'd') && format.contains(u'M'))
            return locale.toString(at.date(), format) + u' ' + time;
    }
    return locale.toString(at.date(), QLocale::ShortFormat) + u' ' + time;
}

QString WorkflowListModel::stateText(const WorkflowRecord &w)
{
    const QString state = QCoreApplication::translate("nightshift::WorkflowState", workflowStateLabel(w.state));
    return w.failed ? tr("%1, failed").arg(state) : state;
}

QString WorkflowListModel::severityText(nightshift::Severity severity)
{
    return severity == nightshift::Severity::Normal   ? tr("Normal")
        : severity == nightshift::Severity::Production ? tr("Production")
                                                       : tr("Critical");
}

qint64 WorkflowListModel::duration(const WorkflowTimes &t) const
{
    if (t.lastStart <= 0)
        return -1;
    if (t.lastEnd >= t.lastStart)
        return t.lastEnd - t.lastStart;
    return std::max<qint64>(0, (m_now ? m_now : QDateTime::currentMSecsSinceEpoch()) - t.lastStart); // going on
}

qint64 WorkflowListModel::number(int row, Column column) const
{
    const WorkflowRecord &w = m_workflows.at(row);
    if (column == Severity)
        return qint64(w.severity);
    const WorkflowTimes t = m_times.value(w.id);
    switch (column) {
    case LastStart:
        return t.lastStart;
    case LastDuration:
        return duration(t);
    case NextRun: // nothing planned sorts last
        return t.nextRun > 0 ? t.nextRun : std::numeric_limits<qint64>::max();
    default:
        return 0;
    }
}

const QList<int> &WorkflowListModel::ranks(Column column) const
{
    auto found = m_ranks.find(column);
    if (found != m_ranks.end())
        return *found;
    QStringList texts;
    texts.reserve(m_workflows.size());
    for (const WorkflowRecord &w : m_workflows)
        texts << text(w, column, SortRole).toString();
    return *m_ranks.insert(column, WorkflowRowKeys::ranksOf(texts));
}

qint64 WorkflowListModel::sortKey(int row, int column) const
{
    switch (Column(column)) {
    case Severity:
    case LastStart:
    case LastDuration:
    case NextRun:
        return number(row, Column(column));
    case ColumnCount:
        return 0;
    default:
        return ranks(Column(column)).at(row);
    }
}

bool WorkflowListModel::lessThan(int left, int right, int column) const
{
    return sortKey(left, column) < sortKey(right, column);
}

QVariant WorkflowListModel::text(const WorkflowRecord &w, Column column, int role) const
{
    const WorkflowTimes times = m_times.value(w.id);
    const bool sorting = role == SortRole;
    switch (column) {
    case Label:
        return w.label;
    case InternalName:
        return w.internalName;
    case Package:
        return w.packageId;
    case State:
        return stateText(w);
    case Severity:
        return sorting ? QVariant(int(w.severity)) : QVariant(severityText(w.severity));
    case LastStart:
        return sorting ? QVariant(times.lastStart) : QVariant(dateTimeText(times.lastStart));
    case LastDuration: {
        const qint64 ms = duration(times);
        return sorting ? QVariant(ms) : QVariant(ms < 0 ? QString() : durationText(ms));
    }
    case NextRun: // nothing planned sorts last
        return sorting ? QVariant(times.nextRun > 0 ? times.nextRun : std::numeric_limits<qint64>::max())
                       : QVariant(dateTimeText(times.nextRun));
    case LastStatus:
        if (times.lastStart > times.lastEnd)
            return QCoreApplication::translate("nightshift::RunStatus", runStatusLabel(RunStatus::Running));
        return runStatusText(times.lastStatus);
    case Trigger:
        return m_triggers.value(w.id);
    case ColumnCount:
        break;
    }
    return {};
}
QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WorkflowRecord &w = m_workflows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return text(w, column, role);
    case Qt::ToolTipRole: // the long columns, when the operator made them narrow
        if (column == Label || column == InternalName || column == Trigger || column == Package)
            return text(w, column, Qt::DisplayRole);
        if (column == LastStart || column == NextRun) {
            const qint64 at = column == LastStart ? m_times.value(w.id).lastStart : m_times.value(w.id).nextRun;
            return at > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime(), QLocale::LongFormat)
                          : QVariant();
        }
        return {};
    case Qt::DecorationRole:
        if (column == State)
            return icons::forState(w.state, w.failed);
        return {};
    case Qt::TextAlignmentRole:
        if (column == LastDuration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (w.severity != nightshift::Severity::Normal) { // production and critical in bold, as in Campaign
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case FolderIdRole:
        return w.folderId;
    case WorkflowIdRole:
        return w.id;
    default:
        return {};
    }
}

QVariant WorkflowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Label:
        return tr("Label");
    case InternalName:
        return tr("Internal name");
    case Package:
        return tr("Package");
    case State:
        return tr("State");
    case Severity:
        return tr("Severity");
    case LastStart:
        return tr("Last start");
    case LastDuration:
        return tr("Duration");
    case NextRun:
        return tr("Next run");
    case LastStatus:
        return tr("Last status");
    case Trigger:
        return tr("Trigger");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nightshift
