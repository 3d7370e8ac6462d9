#pragma once

#include "clicontext.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <optional>

// What the monitoring commands (status, runs, logs) share: formatting, option parsing, and finding a
// workflow the operator may read.
namespace nightshift::cli::monitor {

QString localTime(const QVariant &ms, bool withMs = false);
QJsonValue jsonTime(const QVariant &ms); // ISO 8601, UTC, with milliseconds; null when absent
QJsonValue jsonText(const QVariant &value);
QJsonValue jsonId(const QVariant &value);
QString textOrDash(const QVariant &value);
QString durationText(qint64 ms);
QString levelText(int level);
// Rows of columns separated by two spaces, the last one not padded.
void printTable(const QList<QStringList> &rows, QTextStream &out, const QString &indent = {});
void printJson(const QJsonDocument &document, QTextStream &out);
// Parses a positive number option; nullopt (with a usage error printed) when it is not one.
std::optional<qint64> positiveOption(const QCommandLineParser &args, const QString &name, qint64 fallback,
                                     CliContext &ctx);
// The value of `option` as one of `names` (any case); nullopt after a usage error made from `unknown`
// ("%1" the value given, "%2" the names).
std::optional<QString> nameOption(const QCommandLineParser &args, const QString &option, const QStringList &names,
                                  const QString &unknown, CliContext &ctx);

struct Monitored
{
    std::shared_ptr<Instance> instance;
    QSqlDatabase db;
    Principal principal;
};

Result<Monitored> open(CliContext &ctx);

struct WorkflowRow
{
    qint64 id = 0;
    QString name;
    QString label;
    qint64 folderId = 0;
    QString state;
    bool failed = false;
    QString severity;
    QVariant lastStartAt;
    QVariant lastStatus;
    QVariant nextRunAt;
};

extern const QString WorkflowColumns; // the columns workflowRow() reads, in order
WorkflowRow workflowRow(const QSqlQuery &q);
// The workflow named `name`, if the operator may read its folder: an unreadable workflow is not shown to exist.
Result<WorkflowRow> findWorkflow(const Monitored &m, const QString &name);

int logs(const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx);

} // namespace nightshift::cli::monitor
