#pragma once

#include <QObject>

class QSocketNotifier;

namespace nightshift {

// Turns SIGTERM and SIGINT into a Qt signal on the main thread (the self-pipe pattern: the handler only
// writes a byte; the event loop does the rest), so shutdown runs as ordinary code.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace nightshift
