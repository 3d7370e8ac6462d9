#pragma once

#include "livestatus.h"
#include "store/instancesnapshot.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace nightshift {

// The status bar's live part: how many workflows run now, and the progress of the long jobs running (one bar
// for all of them; its tooltip lists each job).
class ActivityIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityIndicator(QWidget *parent = nullptr);

    void setStatus(const InstanceSnapshot &snapshot, const LiveStatus &status);
    QLabel *runningLabel() const { return m_running; }
    QProgressBar *progressBar() const { return m_progress; }

private:
    QLabel *m_running;
    QProgressBar *m_progress;
};

} // namespace nightshift
