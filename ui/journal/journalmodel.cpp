#include "journalmodel.h"

#include "common/background.h"
#include "core/executionstatus.h"

#include <QApplication>
#include <QStyle>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::JournalModel)
};

struct Window
{
    JournalQuery::Page before; // lines up to the focus, oldest first
    JournalQuery::Page after; // lines past it
};

QIcon levelIcon(int level)
{
    // The platform's message icons: what operators already read as information, warning and error.
    QStyle *style = QApplication::style();
    switch (JournalLevel(level)) {
    case JournalLevel::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case JournalLevel::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case JournalLevel::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case JournalLevel::Debug:
        break;
    }
    return {};
}

} // namespace

JournalModel::JournalModel(std::shared_ptr<Instance> instance, std::optional<qint64> workflowId, QObject *parent)
    : QAbstractTableModel(parent), m_instance(std::move(instance))
{
    m_filter.workflowId = workflowId;
}

JournalModel::~JournalModel()
{
    for (QFuture<void> &future : m_pending)
        future.cancel(); // the workers stop at their next range
}

void JournalModel::setFilter(const JournalFilter &filter)
{
    JournalFilter next = filter;
    next.workflowId = m_filter.workflowId;
    if (next == m_filter)
        return;
    m_filter = next;
    loadNewest();
}

void JournalModel::reset()
{
    ++m_generation;
    for (QFuture<void> &future : m_pending)
        future.cancel();
    m_pending.clear();
}

void JournalModel::loadNewest()
{
    startWindow(std::numeric_limits<qint64>::max(), false, 0);
}

void JournalModel::loadOldest()
{
    startWindow(0, true, 0);
}

void JournalModel::loadAround(qint64 id)
{
    if (rowOfId(id) >= 0) {
        Q_EMIT windowLoaded(id);
        return;
    }
    startWindow(id, true, id);
}

void JournalModel::startWindow(qint64 fromId, bool forward, qint64 focusId)
{
    reset();
    const quint64 generation = m_generation;
    const JournalQuery query(m_instance, m_filter);
    auto future = runWorkerJob<Window>(
        this,
        [query, fromId, forward, focusId](QPromise<Result<Window>> &promise) -> Result<Window> {
            const auto cancelled = [&promise] { return promise.isCanceled(); };
            auto range = query.bounds();
            if (!range)
                return std::unexpected(range.error());
            const qint64 highest = *range ? (*range)->second : 0;
            Window window;
            if (focusId) { // half a page up to the line, half after it
                auto before = query.older(focusId + 1, PageSize / 2, cancelled);
                auto after = before ? query.newer(focusId, PageSize / 2, cancelled) : Result<JournalQuery::Page>();
                if (!before || !after)
                    return std::unexpected(!before ? before.error() : after.error());
                return Window{std::move(*before), std::move(*after)};
            }
            if (forward) {
                auto page = query.newer(fromId, PageSize, cancelled);
                if (!page)
                    return std::unexpected(page.error());
                window.before = {.lines = {}, .scannedTo = fromId, .reachedEnd = true};
                window.after = std::move(*page);
                return window;
            }
            auto page = query.older(highest + 1, PageSize, cancelled);
            if (!page)
                return std::unexpected(page.error());
            window.before = std::move(*page);
            window.after = {.lines = {}, .scannedTo = highest, .reachedEnd = true}; // follow mode goes on from here
            return window;
        },
        [this, generation, focusId](const Result<Window> &window) {
            if (generation != m_generation)
                return;
            if (window)
                applyWindow(window->before, window->after, focusId);
            finished(Request::Window); // after the rows: a view asking for more meanwhile is told to wait
            if (!window)
                Q_EMIT failed(Text::tr("Cannot read the journal: %1").arg(window.error().message));
        });
    track(Request::Window, QFuture<void>(future));
}

void JournalModel::applyWindow(const JournalQuery::Page &before, const JournalQuery::Page &after, qint64 focusId)
{
    beginResetModel();
    m_lines = before.lines + after.lines;
    m_olderFrom = before.scannedTo;
    m_olderDone = before.reachedEnd;
    m_newerFrom = after.scannedTo;
    m_newerDone = after.reachedEnd;
    endResetModel();
    remember(m_lines);
    Q_EMIT windowLoaded(focusId);
}

void JournalModel::fetchOlder()
{
    if (!m_olderDone && !m_pending.contains(Request::Older) && !m_pending.contains(Request::Window))
        startPage(false);
}

void JournalModel::pollNewer()
{
    if (m_newerDone && !m_pending.contains(Request::Newer) && !m_pending.contains(Request::Window))
        startPage(true);
}

bool JournalModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_newerDone && !m_pending.contains(Request::Newer)
        && !m_pending.contains(Request::Window);
}

void JournalModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startPage(true);
}

void JournalModel::startPage(bool forward)
{
    const quint64 generation = m_generation;
    const JournalQuery query(m_instance, m_filter);
    const qint64 from = forward ? m_newerFrom : m_olderFrom;
    auto future = runWorkerJob<JournalQuery::Page>(
        this,
        [query, from, forward](QPromise<Result<JournalQuery::Page>> &promise) {
            const auto cancelled = [&promise] { return promise.isCanceled(); };
            return forward ? query.newer(from, PageSize, cancelled) : query.older(from, PageSize, cancelled);
        },
        [this, generation, forward](const Result<JournalQuery::Page> &page) {
            if (generation != m_generation)
                return;
            if (page && forward)
                append(*page);
            else if (page)
                prepend(*page);
            else // no retry loop through canFetchMore; follow mode still tries again at its next poll
                (forward ? m_newerDone : m_olderDone) = true;
            finished(forward ? Request::Newer : Request::Older);
            if (!page)
                Q_EMIT failed(Text::tr("Cannot read the journal: %1").arg(page.error().message));
        });
    track(forward ? Request::Newer : Request::Older, QFuture<void>(future));
}

void JournalModel::prepend(const JournalQuery::Page &page)
{
    m_olderFrom = page.scannedTo;
    m_olderDone = page.reachedEnd;
    const int count = int(page.lines.size());
    if (count > 0) {
        beginInsertRows({}, 0, count - 1);
        m_lines = page.lines + m_lines;
        endInsertRows();
        remember(page.lines);
    }
    if (m_lines.size() > MaxLines) { // forget the newest lines; scrolling down reads them again
        beginRemoveRows({}, MaxLines, int(m_lines.size()) - 1);
        m_lines.resize(MaxLines);
        endRemoveRows();
        m_newerFrom = m_lines.last().id;
        m_newerDone = false;
    }
    Q_EMIT olderLoaded(count);
}

void JournalModel::append(const JournalQuery::Page &page)
{
    m_newerFrom = page.scannedTo;
    m_newerDone = page.reachedEnd;
    const int count = int(page.lines.size());
    if (count > 0) {
        beginInsertRows({}, int(m_lines.size()), int(m_lines.size()) + count - 1);
        m_lines += page.lines;
        endInsertRows();
        remember(page.lines);
    }
    if (m_lines.size() > MaxLines) { // forget the oldest lines; scrolling up reads them again
        const int extra = int(m_lines.size()) - MaxLines;
        beginRemoveRows({}, 0, extra - 1);
        m_lines.remove(0, extra);
        endRemoveRows();
        m_olderFrom = m_lines.first().id;
        m_olderDone = false;
    }
    Q_EMIT newerLoaded(count);
}

void JournalModel::track(Request request, const QFuture<void> &future)
{
    const bool wasLoading = isLoading();
    m_pending.insert(request, future);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void JournalModel::finished(Request request)
{
    m_pending.remove(request);
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

void JournalModel::remember(const QList<JournalLine> &lines)
{
    for (const JournalLine &line : lines)
        if (!line.activity.isEmpty())
            m_activities.insert(line.activity);
}

QStringList JournalModel::activitiesSeen() const
{
    QStringList list(m_activities.begin(), m_activities.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

int JournalModel::rowOfId(qint64 id) const
{
    const auto it = std::lower_bound(m_lines.cbegin(), m_lines.cend(), id,
                                     [](const JournalLine &line, qint64 value) { return line.id < value; });
    return it != m_lines.cend() && it->id == id ? int(it - m_lines.cbegin()) : -1;
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalLine &line = m_lines.at(index.row());
    if (role == IdRole)
        return line.id;
    if (role == LevelRole)
        return line.level;
    if (role == Qt::DecorationRole && index.column() == Level)
        return levelIcon(line.level);
    if (role == Qt::ForegroundRole && line.level == int(JournalLevel::Debug))
        return QApplication::palette().brush(QPalette::PlaceholderText);
    if (role == Qt::ToolTipRole && index.column() == Message && line.message.size() > 80)
        return line.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time: // in the operator's zone, to the millisecond: lines of one cycle share a second
        return QDateTime::fromMSecsSinceEpoch(line.at, QTimeZone::systemTimeZone())
            .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    case Level:
        return QCoreApplication::translate("nightshift::JournalLevel",
                                           journalLevelLabel(JournalLevel(std::clamp(line.level, 0, 3))));
    case Workflow:
        return line.workflow;
    case Activity:
        return line.activity;
    case Run:
        return line.runId ? QVariant(*line.runId) : QVariant();
    case Message:
        return QString(line.message).replace(u'\n', u' ');
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Workflow:
        return tr("Workflow");
    case Activity:
        return tr("Activity");
    case Run:
        return tr("Run");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nightshift
