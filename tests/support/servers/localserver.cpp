#include "localserver.h"

#include <QFileInfo>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {

// Debian's interpreter, which has python3-aiosmtpd, rather than whatever python3 comes first in PATH.
QString python()
{
    return QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
}

} // namespace

QString LocalServer::start(const QString &script, const QStringList &arguments)
{
    stop();
    const QString path = QStringLiteral(NIGHTSHIFT_SOURCE_DIR) + u"/tests/support/servers/"_s + script;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(python(), QStringList{path} + arguments);
    if (!m_process.waitForStarted(10000))
        return u"%1 did not start: %2"_s.arg(script, m_process.errorString());
    // A loaded machine may take seconds to import asyncio and aiosmtpd.
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(60000) && !m_process.canReadLine())
            return u"%1 printed no port: %2"_s.arg(script, QString::fromUtf8(m_process.readAllStandardError()));
    }
    m_port = QString::fromUtf8(m_process.readLine()).trimmed().toInt();
    return m_port > 0 ? QString() : u"%1 printed no port"_s.arg(script);
}

void LocalServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    m_port = 0;
}

int LocalServer::closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
