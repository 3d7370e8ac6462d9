#include "journalview.h"

#include "common/background.h"
#include "common/recordtable.h"
#include "core/executionstatus.h"
#include "journalmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

constexpr int FollowIntervalMs = 1000;
constexpr int FetchOlderMargin = 20; // rows from the top at which the page above is read

// Marks the lines whose message contains the searched text, as a find bar does in an editor.
class SearchHighlighter : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString text;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (text.isEmpty() || option->state.testFlag(QStyle::State_Selected))
            return;
        if (index.siblingAtColumn(JournalModel::Message).data().toString().contains(text, Qt::CaseInsensitive))
            option->backgroundBrush = QColor(255, 236, 153); // the usual "found" yellow, readable in both themes
    }
};

JournalView::JournalView(std::shared_ptr<Instance> instance, std::optional<qint64> workflowId, QWidget *parent)
    : QWidget(parent), m_instance(instance), m_model(new JournalModel(std::move(instance), workflowId, this))
{
    setObjectName(u"journalView"_s);
    buildUi();
    m_view->setColumnHidden(JournalModel::Workflow, workflowId.has_value());

    connect(m_model, &JournalModel::windowLoaded, this, &JournalView::showFound);
    connect(m_model, &JournalModel::olderLoaded, this, [this](int rows) {
        // Keep the lines the operator reads where they are: the view scrolls by rows. The scroll bar's range
        // follows the new rows only at the next layout, so lay out now.
        const int value = m_view->verticalScrollBar()->value();
        m_view->doItemsLayout();
        m_view->verticalScrollBar()->setValue(value + rows);
        updateActivities();
    });
    connect(m_model, &JournalModel::newerLoaded, this, [this](int rows) {
        if (rows > 0 && m_follow->isChecked())
            m_view->scrollToBottom();
        updateActivities();
    });
    connect(m_model, &JournalModel::loadingChanged, this, [this](bool loading) {
        if (!m_work.isRunning())
            setStatus(loading ? tr("Reading the journal…") : idleStatus());
    });
    connect(m_model, &JournalModel::failed, this, &JournalView::setStatus);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &JournalView::scrolled);
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        // The operator scrolled up to read: stop moving the lines under them. (Only their own scrolling: lines
        // forgotten at the top move the bar too.)
        QTimer::singleShot(0, this, [this] {
            const QScrollBar *bar = m_view->verticalScrollBar();
            if (m_follow->isChecked() && bar->value() < bar->maximum())
                m_follow->setChecked(false);
        });
    });
    connect(m_followTimer, &QTimer::timeout, m_model, &JournalModel::pollNewer);
    m_model->loadNewest();
}

JournalView::~JournalView()
{
    m_work.cancel();
}

void JournalView::buildUi()
{
    m_level = new QComboBox;
    m_level->setObjectName(u"level"_s);
    m_level->addItem(tr("All levels"), int(JournalLevel::Debug));
    m_level->addItem(tr("Information and above"), int(JournalLevel::Info));
    m_level->addItem(tr("Warnings and errors"), int(JournalLevel::Warning));
    m_level->addItem(tr("Errors only"), int(JournalLevel::Error));
    m_level->setToolTip(tr("Shows the lines of this level or above"));
    connect(m_level, &QComboBox::currentIndexChanged, this, &JournalView::applyFilter);

    m_activity = new QComboBox;
    m_activity->setObjectName(u"activity"_s);
    m_activity->setEditable(true);
    m_activity->setInsertPolicy(QComboBox::NoInsert);
    m_activity->setMinimumWidth(160);
    m_activity->lineEdit()->setPlaceholderText(tr("All activities"));
    m_activity->lineEdit()->setClearButtonEnabled(true);
    m_activity->setToolTip(tr("Shows the lines of one activity (its name, as in the definition)"));
    connect(m_activity->lineEdit(), &QLineEdit::editingFinished, this, &JournalView::applyFilter);
    connect(m_activity, &QComboBox::activated, this, &JournalView::applyFilter);

    m_search = new QLineEdit;
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Find in messages (Ctrl+F)"));
    m_search->setToolTip(tr("Enter or F3 finds the next line containing the text, Shift+F3 the previous one"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    connect(m_search, &QLineEdit::returnPressed, this, &JournalView::findNext);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_highlighter->text = text.trimmed();
        m_view->viewport()->update();
    });

    const auto button = [this](const QString &text, const QString &toolTip, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(keys.isEmpty() ? toolTip : u"%1 (%2)"_s.arg(toolTip, keys.toString(QKeySequence::NativeText)));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        auto *tool = new QToolButton;
        tool->setDefaultAction(action);
        tool->setAutoRaise(true);
        return tool;
    };
    QToolButton *previous = button(tr("Previous"), tr("Previous line containing the text"),
                                   QKeySequence::FindPrevious, &JournalView::findPrevious);
    QToolButton *next = button(tr("Next"), tr("Next line containing the text"), QKeySequence::FindNext,
                               &JournalView::findNext);
    QToolButton *oldest = button(tr("Oldest"), tr("Go to the oldest lines"), QKeySequence(Qt::CTRL | Qt::Key_Home),
                                 [this] {
                                     m_scrollOnLoad = Scroll::Top;
                                     setFollowing(false);
                                     m_model->loadOldest();
                                 });
    QToolButton *newest = button(tr("Newest"), tr("Go to the newest lines"), QKeySequence(Qt::CTRL | Qt::Key_End),
                                 [this] {
                                     m_scrollOnLoad = Scroll::Bottom;
                                     m_model->loadNewest();
                                 });
    QToolButton *exportButton
        = button(tr("Export…"), tr("Save the lines the filters show to a file"), {}, &JournalView::chooseExportFile);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_follow = new QCheckBox(tr("Follow"));
    m_follow->setObjectName(u"follow"_s);
    m_follow->setToolTip(tr("Shows new lines at the bottom as the engine writes them"));
    m_followTimer = new QTimer(this);
    m_followTimer->setInterval(FollowIntervalMs);
    connect(m_follow, &QCheckBox::toggled, this, &JournalView::setFollowing);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(6);
    tools->addWidget(m_level);
    tools->addWidget(m_activity);
    tools->addSpacing(8);
    tools->addWidget(m_search, 1);
    tools->addWidget(previous);
    tools->addWidget(next);
    tools->addSpacing(8);
    tools->addWidget(oldest);
    tools->addWidget(newest);
    tools->addWidget(m_follow);
    tools->addWidget(exportButton);

    m_view = newRecordTable(m_model, u"journal"_s);
    m_highlighter = new SearchHighlighter(m_view);
    m_view->setItemDelegate(m_highlighter);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(JournalModel::Time, metrics.horizontalAdvance(u"2026-12-31 23:59:59.999"_s) + 16);
    header->resizeSection(JournalModel::Level, metrics.horizontalAdvance(tr("Information")) + 40);
    header->resizeSection(JournalModel::Workflow, metrics.horizontalAdvance(u"collectDataHeatMapService"_s) + 12);
    header->resizeSection(JournalModel::Activity, metrics.horizontalAdvance(u"activity_name_long"_s) + 12);
    header->resizeSection(JournalModel::Run, metrics.horizontalAdvance(u"1000000000"_s) + 12);
    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &JournalView::copySelection);
    m_view->addAction(copy);
    setFocusProxy(m_view);

    m_status = new QLabel;
    m_status->setObjectName(u"journalStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(metrics.height());
    m_progress->hide();
    m_cancel = new QToolButton;
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the search or export (Esc)"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &JournalView::cancelWork);
    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &JournalView::cancelWork);
    addAction(escape);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);
}

QString JournalView::statusText() const
{
    return m_status->text();
}

void JournalView::setMinimumLevel(int level)
{
    m_level->setCurrentIndex(m_level->findData(level));
}

void JournalView::setActivity(const QString &activity)
{
    m_activity->setEditText(activity);
    applyFilter();
}

void JournalView::applyFilter()
{
    JournalFilter filter = m_model->filter();
    filter.minimumLevel = m_level->currentData().toInt();
    filter.activity = m_activity->currentText().trimmed();
    if (filter == m_model->filter())
        return;
    m_scrollOnLoad = Scroll::Bottom;
    m_model->setFilter(filter);
}

void JournalView::setFollowing(bool follow)
{
    if (m_follow->isChecked() != follow)
        m_follow->setChecked(follow); // comes back here through toggled()
    else if (follow) {
        if (m_model->hasNewer()) {
            m_scrollOnLoad = Scroll::Bottom;
            m_model->loadNewest();
        }
        m_view->scrollToBottom();
        m_followTimer->start();
    } else {
        m_followTimer->stop();
    }
}

void JournalView::scrolled(int value)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    if (value <= bar->minimum() + FetchOlderMargin && m_model->hasOlder())
        m_model->fetchOlder();
}

void JournalView::showFound(qint64 focusId)
{
    if (focusId) {
        const int row = m_model->rowOfId(focusId);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, JournalModel::Message);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
    } else if (m_scrollOnLoad == Scroll::Top) {
        m_view->scrollToTop();
    } else {
        m_view->scrollToBottom();
    }
    m_scrollOnLoad = Scroll::None;
    updateActivities();
}

void JournalView::findNext()
{
    find(true);
}

void JournalView::findPrevious()
{
    find(false);
}

void JournalView::find(bool forward)
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || m_work.isRunning())
        return;
    // From the current line, else from the edge of what is shown.
    qint64 from = forward ? 0 : std::numeric_limits<qint64>::max();
    if (const QModelIndex current = m_view->currentIndex(); current.isValid())
        from = current.data(JournalModel::IdRole).toLongLong();
    else if (m_model->rowCount() > 0)
        from = forward ? m_model->line(0).id - 1 : m_model->line(m_model->rowCount() - 1).id + 1;
    setFollowing(false);
    setBusy(tr("Searching for “%1”…").arg(text));
    const JournalQuery query(m_instance, m_model->filter());
    m_work = runWorkerJob<std::optional<qint64>>(
        this,
        [query, text, from, forward](QPromise<Result<std::optional<qint64>>> &promise) {
            return query.find(
                text, from, forward, [&promise] { return promise.isCanceled(); },
                [&promise](double done) { promise.setProgressValue(int(done * 1000)); });
        },
        [this, text, forward](const Result<std::optional<qint64>> &found) {
            setBusy({});
            if (!found) {
                setStatus(tr("Cannot search the journal: %1").arg(found.error().message));
                Q_EMIT searchFinished(false);
            } else if (!*found) {
                setStatus(forward ? tr("No line further down contains “%1”.").arg(text)
                                  : tr("No line further up contains “%1”.").arg(text));
                Q_EMIT searchFinished(false);
            } else {
                m_model->loadAround(**found);
                Q_EMIT searchFinished(true);
            }
        },
        [this](int permille) { m_progress->setValue(permille); });
}

void JournalView::cancelWork()
{
    if (!m_work.isRunning())
        return;
    m_work.cancel();
    setBusy({});
    setStatus(tr("Cancelled."));
}

void JournalView::copySelection() const
{
    // By the rows of the selected cells: selectedRows() would want the hidden workflow column selected too.
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList text;
    for (const int row : rows)
        text << JournalQuery::formatLine(m_model->line(row));
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text.join(u'\n') + u'\n');
}

void JournalView::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the journal"), u"journal.txt"_s,
                                                      tr("Text files (*.txt *.log);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void JournalView::exportTo(const QString &path)
{
    if (m_work.isRunning())
        return;
    setBusy(tr("Exporting to %1…").arg(path));
    const JournalQuery query(m_instance, m_model->filter());
    m_work = runWorkerJob<qint64>(
        this,
        [query, path](QPromise<Result<qint64>> &promise) -> Result<qint64> {
            QSaveFile file(path); // nothing half written is left behind a failure or a cancellation
            if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
                return fail(JournalView::tr("Cannot write %1: %2").arg(path, file.errorString()));
            auto written = query.exportTo(
                file, [&promise] { return promise.isCanceled(); },
                [&promise](double done) { promise.setProgressValue(int(done * 1000)); });
            if (written && !file.commit())
                return fail(JournalView::tr("Cannot write %1: %2").arg(path, file.errorString()));
            return written;
        },
        [this, path](const Result<qint64> &written) {
            setBusy({});
            const QString message = written
                ? tr("Exported %n lines to %1.", nullptr, int(std::min<qint64>(*written, INT_MAX))).arg(path)
                : written.error().message;
            setStatus(message);
            Q_EMIT exportFinished(written.has_value(), message);
        },
        [this](int permille) { m_progress->setValue(permille); });
}

void JournalView::setBusy(const QString &text)
{
    m_progress->setValue(0);
    m_progress->setVisible(!text.isEmpty());
    m_cancel->setVisible(!text.isEmpty());
    setStatus(text);
}

QString JournalView::idleStatus() const
{
    const int shown = m_model->rowCount();
    if (shown == 0)
        return m_model->filter().minimumLevel > 0 || !m_model->filter().activity.isEmpty()
            ? tr("No lines match the filters.")
            : tr("The journal is empty.");
    const QString lines = tr("%Ln lines read", nullptr, shown);
    if (m_model->hasOlder() && m_model->hasNewer())
        return tr("%1; scroll for older and newer lines").arg(lines);
    if (m_model->hasOlder())
        return tr("%1, up to the newest; scroll up for older lines").arg(lines);
    if (m_model->hasNewer())
        return tr("%1, from the oldest; scroll down for newer lines").arg(lines);
    return lines;
}

void JournalView::setStatus(const QString &text)
{
    m_status->setText(text);
}

void JournalView::updateActivities()
{
    // Offered from the lines read so far: listing every activity of ten million lines would need a full scan.
    const QStringList seen = m_model->activitiesSeen();
    if (seen.size() == m_activity->count())
        return;
    const QString current = m_activity->currentText();
    const QSignalBlocker blocker(m_activity);
    m_activity->clear();
    m_activity->addItems(seen);
    m_activity->setEditText(current);
}

} // namespace nightshift
