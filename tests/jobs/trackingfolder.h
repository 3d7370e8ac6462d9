#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A temporary redirection-server folder holding a copy of a golden folder's logs/ (tests/data/jobs/<job>/logs),
// and the comparison of the rejects files the job wrote with the golden folder's rejects/ (rewritten with
// NIGHTSHIFT_UPDATE_GOLDEN=1, like after.txt).
class TrackingFolder
{
public:
    explicit TrackingFolder(const QString &job);

    QString error() const { return m_error; }
    QString path() const { return m_dir.path(); }
    QStringList files(const QString &sub = {}) const; // file names, sorted
    bool append(const QString &relativePath, const QByteArray &bytes) const;
    QString compareRejects() const; // "" when equal, else the difference

private:
    QString m_job;
    QTemporaryDir m_dir;
    QString m_error;
};
