#include "runsmodel.h"

#include "common/background.h"
#include "common/formatting.h"
#include "common/icons.h"
#include "core/executionstatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

QIcon statusIcon(const QString &status)
{
    switch (runStatusFromName(status).value_or(RunStatus::Running)) {
    case RunStatus::Running:
        return icons::named(u"state-running"_s);
    case RunStatus::Succeeded:
        return icons::named(u"state-finished"_s);
    case RunStatus::Failed:
        return icons::named(u"state-failed"_s);
    case RunStatus::Stopped:
        return icons::named(u"stop"_s);
    case RunStatus::Interrupted:
        return icons::named(u"state-paused"_s);
    }
    return {};
}

} // namespace

RunsModel::RunsModel(std::shared_ptr<Instance> instance, qint64 workflowId, QObject *parent)
    : QAbstractTableModel(parent), m_instance(std::move(instance)), m_workflowId(workflowId)
{
    icons::initResources();
    reload();
}

RunsModel::~RunsModel()
{
    m_loading.cancel();
}

void RunsModel::reload()
{
    ++m_generation;
    m_loading.cancel();
    m_fetching = false;
    beginResetModel();
    m_runs.clear();
    m_done = false;
    endResetModel();
    fetchMore({});
}

bool RunsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_done && !m_fetching;
}

void RunsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    const std::optional<RunRecord> after = m_runs.isEmpty() ? std::nullopt : std::optional(m_runs.last());
    m_fetching = true;
    m_loading = runWorkerJob<QList<RunRecord>>(
        this,
        [instance = m_instance, workflowId = m_workflowId, after](QPromise<Result<QList<RunRecord>>> &) {
            return readRuns(*instance, workflowId, after, PageSize);
        },
        [this, generation](const Result<QList<RunRecord>> &runs) {
            if (generation != m_generation)
                return;
            m_loading = {};
            if (!runs) {
                m_done = true;
                m_fetching = false;
                Q_EMIT failed(tr("Cannot read the runs: %1").arg(runs.error().message));
                return;
            }
            m_done = runs->size() < PageSize;
            if (!runs->isEmpty()) {
                beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + runs->size()) - 1);
                m_runs += *runs;
                endInsertRows();
            }
            m_fetching = false; // only now: a view asking for more while the rows went in would read this page again
            Q_EMIT pageLoaded(int(runs->size()));
        });
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &r = m_runs.at(index.row());
    if (role == RunIdRole)
        return r.id;
    if (role == Qt::DecorationRole && index.column() == Status)
        return statusIcon(r.status);
    if (role == Qt::TextAlignmentRole && (index.column() == Run || index.column() == Duration))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Error && !r.error.isEmpty())
        return r.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Run:
        return r.id;
    case Trigger:
        return r.operatorLogin.isEmpty() ? r.trigger : tr("%1 by %2").arg(r.trigger, r.operatorLogin);
    case Started:
        return localTimeText(r.startedAt);
    case Ended:
        return r.endedAt ? localTimeText(*r.endedAt) : QString();
    case Duration:
        return r.durationMs() ? durationText(*r.durationMs()) : QString();
    case Status:
        if (const auto status = runStatusFromName(r.status))
            return QCoreApplication::translate("nightshift::RunStatus", runStatusLabel(*status));
        return r.status;
    case Error:
        return r.error.simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Run:
        return tr("Run");
    case Trigger:
        return tr("Trigger");
    case Started:
        return tr("Started");
    case Ended:
        return tr("Ended");
    case Duration:
        return tr("Duration");
    case Status:
        return tr("Status");
    case Error:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nightshift
