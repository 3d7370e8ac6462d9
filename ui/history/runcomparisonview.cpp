#include "runcomparisonview.h"

#include "common/formatting.h"
#include "core/executionstatus.h"
#include "runsmodel.h"

#include <QCoreApplication>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

QString statusText(const RunRecord &run)
{
    if (const auto status = runStatusFromName(run.status))
        return QCoreApplication::translate("nightshift::RunStatus", runStatusLabel(*status));
    return run.status;
}

QString timeText(std::optional<qint64> ms)
{
    return ms ? localTimeText(*ms) : QString();
}

QString figures(int count, qint64 ms)
{
    if (count == 0)
        return {};
    return RunComparisonView::tr("%1 × %2").arg(count).arg(durationText(ms));
}

} // namespace

RunComparisonView::RunComparisonView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"runComparison"_s);
    setColumnCount(3);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setStretchLastSection(true);
    setMessage(tr("Select two runs (Ctrl+click) to compare them."));
}

void RunComparisonView::setMessage(const QString &message)
{
    clear();
    setHeaderLabels({QString(), QString(), QString()});
    auto *item = new QTreeWidgetItem(this, {message});
    item->setForeground(0, palette().brush(QPalette::PlaceholderText));
    item->setFirstColumnSpanned(true);
}

QTreeWidgetItem *RunComparisonView::addSection(const QString &key, const QString &title)
{
    auto *item = new QTreeWidgetItem(this, {title});
    item->setData(0, KeyRole, key);
    QFont bold = font();
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem *RunComparisonView::addRow(QTreeWidgetItem *section, const QString &name, const QString &first,
                                           const QString &second)
{
    auto *item = new QTreeWidgetItem(section, {name, first, second});
    if (first != second) {
        QFont bold = font();
        bold.setBold(true);
        for (int column = 0; column < 3; ++column)
            item->setFont(column, bold);
    }
    return item;
}

QTreeWidgetItem *RunComparisonView::section(const QString &name) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, KeyRole).toString() == name)
            return topLevelItem(i);
    return nullptr;
}

void RunComparisonView::setComparison(const RunComparison &c)
{
    clear();
    setHeaderLabels({QString(), tr("Run %1").arg(c.first.id), tr("Run %1").arg(c.second.id)});

    QTreeWidgetItem *summary = addSection(u"summary"_s, tr("Summary"));
    addRow(summary, tr("Status"), statusText(c.first), statusText(c.second));
    addRow(summary, tr("Trigger"), c.first.trigger, c.second.trigger);
    addRow(summary, tr("Started"), timeText(c.first.startedAt), timeText(c.second.startedAt));
    addRow(summary, tr("Ended"), timeText(c.first.endedAt), timeText(c.second.endedAt));
    const auto duration = [](const RunRecord &r) {
        return r.durationMs() ? durationText(*r.durationMs()) : QString();
    };
    addRow(summary, tr("Duration"), duration(c.first), duration(c.second));
    addRow(summary, tr("Rows processed"), QLocale().toString(c.first.rowsProcessed),
           QLocale().toString(c.second.rowsProcessed));
    addRow(summary, tr("Error"), c.first.error.simplified(), c.second.error.simplified());

    QTreeWidgetItem *parameters = addSection(u"parameters"_s, tr("Parameters"));
    for (const RunComparison::Parameter &p : c.parameters)
        addRow(parameters, p.name, p.first, p.second);
    if (c.parameters.isEmpty())
        addRow(parameters, tr("(none)"), {}, {});

    QTreeWidgetItem *activities = addSection(u"activities"_s, tr("Activities (executions × time)"));
    for (const RunComparison::ActivityFigures &a : c.activities) {
        QTreeWidgetItem *row = addRow(activities, a.activity, figures(a.firstCount, a.firstMs),
                                      figures(a.secondCount, a.secondMs));
        if (a.firstCount == a.secondCount) { // same executions: only a large change of time is news
            const qint64 low = std::min(a.firstMs, a.secondMs), high = std::max(a.firstMs, a.secondMs);
            const bool notable = high - low > 1000 && high > 2 * low;
            for (int column = 0; column < 3; ++column) {
                QFont f = font();
                f.setBold(notable);
                row->setFont(column, f);
            }
        }
    }

    QTreeWidgetItem *journal = addSection(u"journal"_s, c.journal.isEmpty()
                                                             ? tr("Journal: the same messages")
                                                             : tr("Journal differences (numbers masked as #)"));
    for (const RunComparison::MessageDifference &d : c.journal)
        addRow(journal, d.message, d.firstCount ? tr("%n time(s)", nullptr, d.firstCount) : QString(),
               d.secondCount ? tr("%n time(s)", nullptr, d.secondCount) : QString());
    if (c.journalTruncated)
        addRow(journal, tr("(only the first 100,000 lines of each run were compared)"), {}, {});

    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    resizeColumnToContents(0);
    setColumnWidth(0, std::min(columnWidth(0), 420));
    resizeColumnToContents(1);
}

} // namespace nightshift
