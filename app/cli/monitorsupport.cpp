#include "monitorsupport.h"

#include "core/duration.h"
#include "core/executionstatus.h"
#include "security/principalloader.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace nightshift::cli::monitor {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};
} // namespace

const QString WorkflowColumns = u"id, internal_name, label, folder_id, state, failed, severity, last_start_at, "
                                "last_status, next_run_at"_s;

// ------------------------------------------------------------------------------------------ formatting

QString localTime(const QVariant &ms, bool withMs)
{
    if (ms.isNull())
        return u"-"_s;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong())
        .toString(withMs ? u"yyyy-MM-dd HH:mm:ss.zzz"_s : u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonValue jsonTime(const QVariant &ms) // ISO 8601, UTC, with milliseconds; null when absent
{
    if (ms.isNull())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong()).toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue jsonText(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue jsonId(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

QString textOrDash(const QVariant &value)
{
    const QString text = value.toString().simplified();
    return text.isEmpty() ? u"-"_s : text;
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        return u"-"_s;
    if (ms < 1000)
        return u"%1ms"_s.arg(ms);
    return formatDuration(std::chrono::seconds(ms / 1000));
}

QString levelText(int level)
{
    if (level < int(JournalLevel::Debug) || level > int(JournalLevel::Error))
        return QString::number(level);
    return journalLevelName(JournalLevel(level));
}

// Rows of columns separated by two spaces, the last one not padded.
void printTable(const QList<QStringList> &rows, QTextStream &out, const QString &indent)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row[c].size());
        }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += row[c].leftJustified(c + 1 < row.size() ? widths[c] + 2 : 0);
        out << indent << line.trimmed() << '\n';
    }
}

void printJson(const QJsonDocument &document, QTextStream &out)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

// Parses a positive number option; nullopt (with a usage error printed) when it is not one.
std::optional<qint64> positiveOption(const QCommandLineParser &args, const QString &name, qint64 fallback,
                                     CliContext &ctx)
{
    if (!args.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = args.value(name).toLongLong(&ok);
    if (!ok || value <= 0) {
        ctx.usageError(Text::tr("--%1 takes a positive number, not \"%2\"").arg(name, args.value(name)));
        return std::nullopt;
    }
    return value;
}

// -------------------------------------------------------------------------------------- the workflow

Result<Monitored> open(CliContext &ctx)
{
    auto session = ctx.login();
    if (!session)
        return std::unexpected(session.error());
    auto db = session->instance->database();
    if (!db)
        return std::unexpected(db.error());
    return Monitored{session->instance, *db, session->principal};
}

WorkflowRow workflowRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toLongLong(),
            q.value(4).toString(),
            q.value(5).toInt() != 0,
            q.value(6).toString(),
            q.value(7),
            q.value(8),
            q.value(9)};
}

// The workflow named `name`, if the operator may read its folder: an unreadable workflow is not shown to exist.
Result<WorkflowRow> findWorkflow(const Monitored &m, const QString &name)
{
    auto q = execute(m.db, u"SELECT %1 FROM workflows WHERE internal_name = ?"_s.arg(WorkflowColumns), {name});
    if (!q)
        return std::unexpected(q.error());
    std::optional<WorkflowRow> row;
    if (q->next())
        row = workflowRow(*q);
    auto readable = row ? PrincipalLoader(m.db).canReadFolder(m.principal, row->folderId) : Result<bool>(false);
    if (!readable)
        return std::unexpected(readable.error());
    if (!row || !*readable)
        return fail(
            Text::tr("there is no workflow named \"%1\"; \"nightshiftctl workflows list\" shows them").arg(name));
    return *row;
}

std::optional<QString> nameOption(const QCommandLineParser &args, const QString &option, const QStringList &names,
                                  const QString &unknown, CliContext &ctx)
{
    const QString given = args.value(option);
    for (const QString &name : names)
        if (name.compare(given, Qt::CaseInsensitive) == 0)
            return name;
    ctx.usageError(unknown.arg(given, names.join(u", "_s)));
    return std::nullopt;
}

} // namespace nightshift::cli::monitor
