#include "trackingfolder.h"

#include "goldenjob.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<cannot be read>");
}

} // namespace

TrackingFolder::TrackingFolder(const QString &job) : m_job(job)
{
    const QDir logs(golden::folder(job) + u"/logs"_s);
    const QStringList names = logs.entryList(QDir::Files, QDir::Name);
    if (!m_dir.isValid() || names.isEmpty())
        m_error = u"cannot copy %1 to a temporary folder"_s.arg(logs.path());
    for (const QString &name : names)
        if (!QFile::copy(logs.filePath(name), m_dir.filePath(name)))
            m_error = u"cannot copy %1"_s.arg(logs.filePath(name));
}

QStringList TrackingFolder::files(const QString &sub) const
{
    return QDir(sub.isEmpty() ? m_dir.path() : m_dir.filePath(sub)).entryList(QDir::Files, QDir::Name);
}

bool TrackingFolder::append(const QString &relativePath, const QByteArray &bytes) const
{
    QFile file(m_dir.filePath(relativePath));
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
}

QString TrackingFolder::compareRejects() const
{
    const QDir expected(golden::folder(m_job) + u"/rejects"_s);
    const QDir actual(m_dir.filePath(u"rejects"_s));
    const QStringList names = actual.entryList(QDir::Files, QDir::Name);
    QString report;
    if (expected.entryList(QDir::Files, QDir::Name) != names)
        report = u"rejects files: expected %1, found %2\n"_s.arg(
            expected.entryList(QDir::Files, QDir::Name).join(u", "_s), names.join(u", "_s));
    for (const QString &name : names)
        if (contents(expected.filePath(name)) != contents(actual.filePath(name)))
            report += u"rejects/%1 differs:\n--- expected\n%2--- actual\n%3"_s.arg(
                name, QString::fromUtf8(contents(expected.filePath(name))),
                QString::fromUtf8(contents(actual.filePath(name))));
    if (report.isEmpty() || qEnvironmentVariableIntValue("NIGHTSHIFT_UPDATE_GOLDEN") != 1)
        return report;
    expected.mkpath(u"."_s);
    for (const QString &name : expected.entryList(QDir::Files))
        QFile::remove(expected.filePath(name));
    for (const QString &name : names)
        if (!QFile::copy(actual.filePath(name), expected.filePath(name)))
            return u"cannot write %1"_s.arg(expected.filePath(name));
    return {};
}
