#include "bulkactiondialog.h"

#include "commandrunner.h"
#include "common/icons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

BulkActionDialog::BulkActionDialog(std::shared_ptr<Instance> instance, const Principal &who, WorkflowCommand command,
                                   const QList<WorkflowRecord> &workflows, QWidget *parent)
    : QDialog(parent), m_instance(std::move(instance)), m_operatorId(who.operatorId), m_command(command),
      m_runner(new CommandRunner(this)), m_summary(new QLabel), m_list(new QTreeWidget), m_progress(new QProgressBar),
      m_buttons(new QDialogButtonBox)
{
    setObjectName(u"bulkActionDialog"_s);
    const QString title = CommandPreviews::commandTitle(command);
    setWindowTitle(tr("%1 — %n workflows", nullptr, int(workflows.size())).arg(title));

    m_list->setObjectName(u"bulkPreview"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Workflow"), tr("What will happen"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    const QList<CommandPreview> previews = CommandPreviews::preview(who, command, workflows);
    int refused = 0;
    for (const CommandPreview &p : previews) {
        auto *item = new QTreeWidgetItem(m_list, {p.workflow.label, p.effect, QString()});
        item->setToolTip(Workflow, p.workflow.internalName);
        item->setToolTip(Effect, p.effect);
        item->setIcon(Workflow, icons::forState(p.workflow.state, p.workflow.failed));
        item->setData(Workflow, Qt::UserRole, p.workflow.internalName);
        if (!p.allowed) {
            ++refused;
            item->setText(Result, tr("Will not be sent"));
            item->setForeground(Effect, palette().brush(QPalette::PlaceholderText));
            item->setIcon(Effect, icons::named(u"state-failed"_s));
            continue;
        }
        m_rows << m_list->indexOfTopLevelItem(item);
        m_requests << CommandRequest{.workflow = p.workflow.internalName, .command = command, .parameters = {}};
    }
    m_list->header()->setSectionResizeMode(Workflow, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Effect, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(Result, QHeaderView::ResizeToContents);

    m_summary->setObjectName(u"bulkSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(refused == 0 ? tr("%1 will be sent to these workflows.").arg(title)
                                    : tr("%1 will be sent to %2 of these workflows; %3 will be refused, as shown.")
                                          .arg(title)
                                          .arg(m_requests.size())
                                          .arg(refused));
    m_progress->setObjectName(u"bulkProgress"_s);
    m_progress->setRange(0, std::max<int>(1, int(m_requests.size())));
    m_progress->setValue(0);
    m_progress->hide(); // until the commands go

    m_run = m_buttons->addButton(tr("%1 %n workflows", nullptr, int(m_requests.size())).arg(title),
                                 QDialogButtonBox::AcceptRole);
    m_run->setObjectName(u"bulkRun"_s);
    m_run->setEnabled(!m_requests.isEmpty());
    m_run->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_run, &QPushButton::clicked, this, &BulkActionDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &CommandRunner::outcome, this, [this](const CommandRunner::Outcome &o) {
        const QString text = o.queued ? tr("Queued: %1").arg(QCoreApplication::translate(
                                            "nightshift::WorkflowState", workflowStateLabel(o.shown)))
                                      : o.message;
        outcomeReceived(o.index, o.queued, text);
    });
    connect(m_runner, &CommandRunner::finished, this, [this](int queued, int failed) {
        m_done = true;
        m_summary->setText(failed == 0 ? tr("Sent: %n queued.", nullptr, queued)
                                       : tr("Sent: %1 queued, %2 refused (see each workflow).").arg(queued).arg(failed));
        m_buttons->clear();
        QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
        close->setObjectName(u"bulkClose"_s);
        connect(close, &QPushButton::clicked, this, &QDialog::accept);
        close->setFocus(Qt::OtherFocusReason);
        Q_EMIT commandsSent(queued);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(720, 420);
}

void BulkActionDialog::run()
{
    if (m_runner->isBusy() || m_requests.isEmpty())
        return;
    m_run->setEnabled(false);
    m_progress->show();
    m_summary->setText(tr("Sending…"));
    for (int row : std::as_const(m_rows))
        m_list->topLevelItem(row)->setText(Result, tr("Waiting"));
    m_runner->run(m_instance, m_operatorId, m_requests);
}

void BulkActionDialog::outcomeReceived(int index, bool queued, const QString &text)
{
    QTreeWidgetItem *item = m_list->topLevelItem(m_rows.value(index));
    if (!item)
        return;
    item->setText(Result, text);
    item->setToolTip(Result, text);
    item->setIcon(Result, icons::named(queued ? u"state-running"_s : u"state-failed"_s));
    m_progress->setValue(m_progress->value() + 1);
}

} // namespace nightshift
