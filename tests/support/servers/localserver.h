#pragma once

#include <QProcess>
#include <QStringList>

// A test server script of this folder (smtpsink.py, deliverabilityservice.py) run by Debian's python3 on a
// free loopback port, which the script prints on its first line. Stopped (killed and waited for) on
// destruction.
class LocalServer
{
public:
    LocalServer() = default;
    ~LocalServer() { stop(); }
    LocalServer(const LocalServer &) = delete;
    LocalServer &operator=(const LocalServer &) = delete;

    // Returns "" once the server listens, else what went wrong (with the script's error output).
    QString start(const QString &script, const QStringList &arguments);
    void stop();
    int port() const { return m_port; }

    // A loopback port nobody listens on (bound, then released), for "server down" cases.
    static int closedPort();

private:
    QProcess m_process;
    int m_port = 0;
};
