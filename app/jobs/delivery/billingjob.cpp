#include "billingjob.h"

#include "billingreportpdf.h"
#include "jobs/connectors/connectoraccount.h"
#include "jobs/connectors/smtpclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonValue>
#include <QSysInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::BillingJob)
};

constexpr int Steps = 6; // database size, actions, profiles, main deliveries, PDF, mail
constexpr qint64 DefaultThreshold = 100000;

qint64 utcMidnight(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString dayText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-dd"_s);
}

Result<qint64> mainDeliveryThreshold(const QSqlDatabase &db)
{
    auto value = scalar(db, u"SELECT value FROM options WHERE name = 'billing.mainDeliveryThreshold'"_s, {},
                        QString::number(DefaultThreshold));
    if (!value)
        return std::unexpected(value.error());
    bool ok = false;
    const qint64 threshold = value->toString().trimmed().toLongLong(&ok);
    if (!ok || threshold < 0)
        return fail(Text::tr("option billing.mainDeliveryThreshold must be a number of messages, 0 or more, not "
                             "\"%1\"")
                        .arg(value->toString()));
    return threshold;
}

Result<QString> operatorEmail(const QSqlDatabase &db, const QString &login)
{
    auto query = execute(db, u"SELECT COALESCE(email, '') FROM operators WHERE login = ?"_s, {login});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(Text::tr("there is no operator %1 to send the activity report to: create it with an email "
                             "address")
                        .arg(login));
    const QString email = query->value(0).toString().trimmed();
    if (email.isEmpty())
        return fail(Text::tr("operator %1 has no email address to send the activity report to").arg(login));
    if (!isMailAddress(email))
        return fail(Text::tr("the email address of operator %1, \"%2\", is not a mail address").arg(login, email));
    return email;
}

// The account's server, security and sender: settings {"security": "opportunistic" | "starttls" | "tls" |
// "none", "from": "address"}; the sender defaults to the login when that is an address.
Result<std::pair<SmtpServer, QString>> smtpServer(const ConnectorAccount &account, int timeoutSeconds)
{
    SmtpServer server{.url = account.server,
                      .login = account.login,
                      .password = account.password,
                      .security = SmtpSecurity::Opportunistic,
                      .timeoutSeconds = timeoutSeconds};
    const QString security = account.settings.value(u"security"_s).toString(u"opportunistic"_s);
    static const QHash<QString, SmtpSecurity> modes{{u"opportunistic"_s, SmtpSecurity::Opportunistic},
                                                    {u"starttls"_s, SmtpSecurity::StartTls},
                                                    {u"tls"_s, SmtpSecurity::Implicit},
                                                    {u"none"_s, SmtpSecurity::None}};
    if (!modes.contains(security))
        return fail(Text::tr("external account %1: security must be opportunistic, starttls, tls or none, not \"%2\"")
                        .arg(account.name, security));
    server.security = account.server.scheme() == u"smtps"_s ? SmtpSecurity::Implicit : modes.value(security);
    const QString from = account.settings.value(u"from"_s).toString(account.login);
    if (!isMailAddress(from))
        return fail(Text::tr("external account %1 has no sender address: set \"from\" in its settings")
                        .arg(account.name));
    return std::pair{server, from};
}

// The same period of the same instance always gets the same Message-ID.
QString messageId(const QSqlDatabase &db, qint64 periodEnd)
{
    const QByteArray instance =
        QCryptographicHash::hash((QSysInfo::machineHostName() + u'|' + db.hostName() + u'|' + db.databaseName()).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return u"<billing.%1.%2@nightshift.invalid>"_s.arg(dayText(periodEnd), QString::fromLatin1(instance));
}

QString instanceName(const QSqlDatabase &db)
{
    return db.hostName().isEmpty() ? QFileInfo(db.databaseName()).fileName()
                                   : u"%1/%2"_s.arg(db.hostName(), db.databaseName());
}

QString channelSummary(const QList<ChannelActivity> &channels)
{
    QStringList parts;
    for (const ChannelActivity &c : channels)
        parts << Text::tr("%1: %2 delivery(ies), %3 message(s)").arg(c.channel).arg(c.deliveries).arg(c.messages);
    return parts.join(u"; "_s);
}

QString deliveryNames(const QList<MainDelivery> &deliveries)
{
    QStringList names;
    for (qsizetype i = 0; i < deliveries.size() && i < 10; ++i)
        names << u"%1 (%2)"_s.arg(deliveries.at(i).internalName).arg(deliveries.at(i).sent);
    if (deliveries.size() > 10)
        names << Text::tr("and %n more", nullptr, int(deliveries.size() - 10));
    return names.join(u", "_s);
}

// Gathers the figures step by step, checking for cancellation before each one.
Result<BillingFigures> gather(JobContext &context, qint64 start, qint64 end, qint64 threshold)
{
    const QSqlDatabase db = context.database();
    BillingFigures f;
    f.periodStart = start;
    f.periodEnd = end;
    f.mainDeliveryThreshold = threshold;
    f.activeSince = QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc()).addMonths(-12).toMSecsSinceEpoch();
    const auto cancelled = [] { return fail(Text::tr("cancelled while computing the activity report")); };

    if (context.isCancelled())
        return cancelled();
    auto size = databaseSize(db, context.dialect());
    if (!size)
        return std::unexpected(size.error());
    f.databaseBytes = *size;
    context.setProgress(1, Steps);

    if (context.isCancelled())
        return cancelled();
    auto channels = marketingActions(db, start, end);
    if (!channels)
        return std::unexpected(channels.error());
    f.channels = *channels;
    context.info(f.channels.isEmpty()
                     ? Text::tr("Marketing actions: no delivery sent messages in the period")
                     : Text::tr("Marketing actions: %n delivery(ies), %1 message(s) sent: %2", nullptr,
                                int(f.marketingActions()))
                           .arg(f.messages())
                           .arg(channelSummary(f.channels)));
    context.setProgress(2, Steps);

    if (context.isCancelled())
        return cancelled();
    auto profiles = activeProfiles(db, f.activeSince, end);
    if (!profiles)
        return std::unexpected(profiles.error());
    f.activeProfiles = *profiles;
    context.info(Text::tr("Active profiles: %n recipient(s) targeted since %1", nullptr, int(f.activeProfiles))
                     .arg(dayText(f.activeSince)));
    context.setProgress(3, Steps);

    if (context.isCancelled())
        return cancelled();
    auto main = mainDeliveries(db, start, end, threshold);
    if (!main)
        return std::unexpected(main.error());
    f.mainDeliveries = *main;
    context.info(f.mainDeliveries.isEmpty()
                     ? Text::tr("Main deliveries above %1 messages: none").arg(threshold)
                     : Text::tr("Main deliveries above %1 messages: %2").arg(threshold).arg(deliveryNames(f.mainDeliveries)));
    context.setProgress(4, Steps);
    return f;
}

// Records the report as 'sending' (once per period); returns whether an earlier attempt was cut short there.
Result<bool> recordSending(JobContext &context, const BillingFigures &f, const QString &recipient,
                           const QString &account, qint64 pdfBytes)
{
    const QSqlDatabase db = context.database();
    WriteTransaction transaction(db, context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    auto interrupted = scalar(db, u"SELECT COUNT(*) FROM billing_reports WHERE period_end = ? AND state = 'sending'"_s,
                              {f.periodEnd}, 0);
    if (!interrupted)
        return std::unexpected(interrupted.error());
    auto removed = execute(db, u"DELETE FROM billing_reports WHERE period_end = ?"_s, {f.periodEnd});
    if (!removed)
        return std::unexpected(removed.error());
    auto inserted = execute(db,
                            u"INSERT INTO billing_reports (period_start, period_end, state, recipient, account, "
                            "pdf_bytes, database_bytes, marketing_actions, active_profiles, main_deliveries, "
                            "created_at) VALUES (?, ?, 'sending', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {f.periodStart, f.periodEnd, recipient, account, pdfBytes, f.databaseBytes,
                             f.marketingActions(), f.activeProfiles, qint64(f.mainDeliveries.size()), nowMs()});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return interrupted->toInt() > 0;
}

Status recordOutcome(JobContext &context, qint64 periodEnd, bool sent)
{
    auto done = sent ? execute(context.database(),
                               u"UPDATE billing_reports SET state = 'sent', sent_at = ? WHERE period_end = ?"_s,
                               {nowMs(), periodEnd})
                     : execute(context.database(),
                               u"DELETE FROM billing_reports WHERE period_end = ? AND state = 'sending'"_s, {periodEnd});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace

std::pair<qint64, qint64> BillingJob::period(QDate asOf, qint64 lastSentEnd)
{
    const qint64 end = utcMidnight(asOf);
    const QDate previousMonth = asOf.addMonths(-1);
    const qint64 start = lastSentEnd > 0 && lastSentEnd < end
        ? lastSentEnd
        : utcMidnight(QDate(previousMonth.year(), previousMonth.month(), 1));
    return {start, end};
}

Status BillingJob::run(JobContext &context)
{
    const QSqlDatabase db = context.database();
    const QString asOfText = context.parameter(u"asOf"_s);
    const QDate asOf = asOfText.isEmpty() ? QDateTime::currentDateTimeUtc().date()
                                          : QDate::fromString(asOfText, Qt::ISODate);
    if (!asOf.isValid())
        return fail(Text::tr("parameter asOf must be a day written YYYY-MM-DD, not \"%1\"").arg(asOfText));
    bool ok = false;
    const int timeout = context.parameter(u"timeout"_s, u"120"_s).toInt(&ok);
    if (!ok || timeout < 1)
        return fail(Text::tr("parameter timeout must be a positive number of seconds, not \"%1\"")
                        .arg(context.parameter(u"timeout"_s)));
    const QString login = context.parameter(u"operator"_s, u"billing"_s);
    auto threshold = mainDeliveryThreshold(db);
    if (!threshold)
        return std::unexpected(threshold.error());

    const qint64 end = utcMidnight(asOf);
    auto lastSent = scalar(db, u"SELECT MAX(period_end) FROM billing_reports WHERE state = 'sent' AND period_end < ?"_s,
                           {end}, 0);
    if (!lastSent)
        return std::unexpected(lastSent.error());
    const auto [start, periodEnd] = period(asOf, lastSent->toLongLong());
    auto alreadySent = execute(db, u"SELECT recipient FROM billing_reports WHERE period_end = ? AND state = 'sent'"_s,
                               {periodEnd});
    if (!alreadySent)
        return std::unexpected(alreadySent.error());
    if (alreadySent->next()) {
        context.info(Text::tr("The activity report up to %1 was already sent to %2: nothing to send")
                         .arg(dayText(periodEnd), alreadySent->value(0).toString()));
        context.setProgress(Steps, Steps);
        return {};
    }

    // What the mail needs is checked before the work, so a missing operator or account fails at once.
    auto email = operatorEmail(db, login);
    if (!email)
        return std::unexpected(email.error());
    auto account = loadConnectorAccount(db, u"smtp"_s, context.parameter(u"account"_s));
    if (!account)
        return std::unexpected(account.error());
    auto server = smtpServer(*account, timeout);
    if (!server)
        return std::unexpected(server.error());
    context.info(Text::tr("Activity report from %1 to %2 (UTC) for operator %3 <%4>")
                     .arg(dayText(start), dayText(periodEnd), login, *email));

    auto figures = gather(context, start, periodEnd, *threshold);
    if (!figures)
        return std::unexpected(figures.error());
    if (context.isCancelled())
        return fail(Text::tr("cancelled while computing the activity report"));
    QElapsedTimer timer;
    timer.start();
    auto pdf = renderBillingReport(*figures, instanceName(db));
    if (!pdf)
        return std::unexpected(pdf.error());
    context.info(Text::tr("Report laid out as a PDF of %n page(s) in %1 ms", nullptr, pdf->pages)
                     .arg(timer.elapsed()));
    context.setProgress(5, Steps);

    if (context.simulated()) {
        context.info(Text::tr("Simulation: the report would be mailed to %1 through SMTP account %2")
                         .arg(*email, account->name));
        return {};
    }
    if (context.isCancelled())
        return fail(Text::tr("cancelled before sending the activity report"));
    auto interrupted = recordSending(context, *figures, *email, account->name, pdf->data.size());
    if (!interrupted)
        return std::unexpected(interrupted.error());
    if (*interrupted)
        context.warning(Text::tr("An earlier attempt to send this report was cut short while sending; sending it "
                                 "again (same Message-ID)"));
    const MailMessage message{
        .from = server->second,
        .to = *email,
        .subject = Text::tr("Nightshift system activity report, %1 to %2").arg(dayText(start), dayText(periodEnd)),
        .text = Text::tr("The system activity report of instance %1 for %2 to %3 (UTC) is attached.\n\n"
                         "Marketing actions: %4\nActive profiles: %5\nMain deliveries above %6 messages: %7\n")
                    .arg(instanceName(db), dayText(start), dayText(periodEnd))
                    .arg(figures->marketingActions())
                    .arg(figures->activeProfiles)
                    .arg(*threshold)
                    .arg(figures->mainDeliveries.size()),
        .messageId = messageId(db, periodEnd),
        .attachments = {{.fileName = u"activity-report-%1.pdf"_s.arg(dayText(periodEnd)),
                         .contentType = "application/pdf",
                         .data = pdf->data}},
    };
    timer.restart();
    const Status sent = sendMail(server->first, message, &context.cancellation());
    if (auto recorded = recordOutcome(context, periodEnd, sent.has_value()); !recorded)
        return std::unexpected(recorded.error());
    if (!sent)
        return std::unexpected(sent.error());
    context.info(Text::tr("Sent the activity report to %1 through SMTP account %2 in %3 ms")
                     .arg(*email, account->name)
                     .arg(timer.elapsed()));
    context.setProgress(Steps, Steps);
    return {};
}

} // namespace nightshift
