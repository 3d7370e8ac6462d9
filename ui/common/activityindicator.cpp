#include "activityindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace nightshift {

ActivityIndicator::ActivityIndicator(QWidget *parent) : QWidget(parent), m_running(new QLabel), m_progress(new QProgressBar)
{
    m_running->setObjectName(u"runningCount"_s);
    m_progress->setObjectName(u"jobProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(true);
    m_progress->hide(); // until a job reports progress
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_progress);
    layout->addWidget(m_running);
}

void ActivityIndicator::setStatus(const InstanceSnapshot &snapshot, const LiveStatus &status)
{
    int running = 0;
    for (const WorkflowRecord &w : snapshot.workflows)
        running += w.state == WorkflowState::Started ? 1 : 0;
    m_running->setText(tr("Running: %n", nullptr, running));
    m_running->setToolTip(tr("Workflows started (running or waiting for their scheduler)"));
    if (status.progress.isEmpty()) {
        m_progress->hide();
        return;
    }
    qint64 done = 0, total = 0;
    QStringList lines;
    for (const JobProgress &p : status.progress) {
        done += p.done;
        total += p.total;
        lines << tr("%1 › %2: %3 of %4")
                     .arg(p.workflow, p.activity, QLocale().toString(p.done), QLocale().toString(p.total));
    }
    // Per mille, so that totals beyond an int still fit the bar.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp<qint64>(total ? done * 1000 / total : 0, 0, 1000)));
    m_progress->setFormat(tr("Jobs: %n · %p%", nullptr, int(status.progress.size())));
    m_progress->setToolTip(lines.join(u'\n'));
    m_progress->show();
}

} // namespace nightshift
