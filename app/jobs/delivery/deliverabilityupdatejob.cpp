#include "deliverabilityupdatejob.h"

#include "deliverabilitylists.h"
#include "jobs/connectors/connectoraccount.h"
#include "jobs/connectors/httpclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::DeliverabilityUpdateJob)
};

enum class List { Rules, Domains, Mx };
constexpr List Lists[] = {List::Rules, List::Domains, List::Mx};
constexpr int Steps = 4; // three downloads, then the replacement

QString listName(List list)
{
    switch (list) {
    case List::Rules:
        return u"rules"_s;
    case List::Domains:
        return u"domains"_s;
    case List::Mx:
        return u"mx"_s;
    }
    return {};
}

QString tableOf(List list)
{
    return u"deliverability_"_s + listName(list);
}

// One list as downloaded: either unchanged since the last update, or new validated entries.
struct Download
{
    List list = List::Rules;
    QString url;
    QString etag;
    QString checksum;
    bool changed = false;
    qsizetype entries = 0;
    qint64 previousEntries = 0;
};

QUrl listUrl(const QUrl &base, List list)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + listName(list));
    return url;
}

Result<Download> download(JobContext &context, const QUrl &url, List list, const HttpRequest &base,
                          DeliverabilityLists &lists)
{
    const QSqlDatabase db = context.database();
    Download d;
    d.list = list;
    d.url = url.toDisplayString(QUrl::RemoveUserInfo);
    auto previous = execute(db, u"SELECT url, COALESCE(etag, ''), checksum FROM deliverability_sources WHERE list = ?"_s,
                            {listName(list)});
    if (!previous)
        return std::unexpected(previous.error());
    const bool known = previous->next() && previous->value(0).toString() == d.url;
    auto count = scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(tableOf(list)));
    if (!count)
        return std::unexpected(count.error());
    d.previousEntries = count->toLongLong();

    HttpRequest request = base;
    request.url = url;
    request.ifNoneMatch = known ? previous->value(1).toString() : QString();
    auto response = httpGet(request, &context.cancellation());
    if (!response)
        return std::unexpected(response.error());
    if (response->notModified()) {
        if (!known || request.ifNoneMatch.isEmpty())
            return fail(Text::tr("GET %1 answered 304 Not Modified, but there is no earlier copy of the %2 list")
                            .arg(d.url, listName(list)));
        d.etag = request.ifNoneMatch;
        d.checksum = previous->value(2).toString();
        d.entries = d.previousEntries;
        return d;
    }
    d.etag = response->etag;
    d.checksum = QString::fromLatin1(QCryptographicHash::hash(response->body, QCryptographicHash::Sha256).toHex());
    Status parsed;
    switch (list) {
    case List::Rules:
        if (auto rules = parseDeliverabilityRules(response->body); rules) {
            lists.rules = *rules;
            d.entries = rules->size();
        } else {
            parsed = std::unexpected(rules.error());
        }
        break;
    case List::Domains:
        if (auto domains = parseDeliverabilityDomains(response->body); domains) {
            lists.domains = *domains;
            d.entries = domains->size();
        } else {
            parsed = std::unexpected(domains.error());
        }
        break;
    case List::Mx:
        if (auto mx = parseDeliverabilityMx(response->body); mx) {
            lists.mx = *mx;
            d.entries = mx->size();
        } else {
            parsed = std::unexpected(mx.error());
        }
        break;
    }
    if (!parsed)
        return fail(Text::tr("GET %1: the %2 list is refused: %3").arg(d.url, listName(list), parsed.error().message));
    d.changed = !known || previous->value(2).toString() != d.checksum;
    return d;
}

// Replaces the changed lists and records where every list came from, in one transaction.
Status replace(JobContext &context, const QList<Download> &downloads, const DeliverabilityLists &lists)
{
    const QSqlDatabase db = context.database();
    WriteTransaction transaction(db, context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (const Download &d : downloads) {
        if (!d.changed)
            continue;
        const Status written = d.list == List::Rules     ? writeDeliverabilityRules(db, lists.rules)
                               : d.list == List::Domains ? writeDeliverabilityDomains(db, lists.domains)
                                                         : writeDeliverabilityMx(db, lists.mx);
        if (!written)
            return written;
        auto removed = execute(db, u"DELETE FROM deliverability_sources WHERE list = ?"_s, {listName(d.list)});
        if (!removed)
            return std::unexpected(removed.error());
        auto recorded = execute(db,
                                u"INSERT INTO deliverability_sources (list, url, etag, checksum, entries, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                                {listName(d.list), d.url, d.etag.isEmpty() ? QVariant() : QVariant(d.etag), d.checksum,
                                 qint64(d.entries), nowMs()});
        if (!recorded)
            return std::unexpected(recorded.error());
    }
    return transaction.commit();
}

} // namespace

Status DeliverabilityUpdateJob::run(JobContext &context)
{
    bool ok = false;
    const int timeout = context.parameter(u"timeout"_s, u"60"_s).toInt(&ok);
    if (!ok || timeout < 1)
        return fail(Text::tr("parameter timeout must be a positive number of seconds, not \"%1\"")
                        .arg(context.parameter(u"timeout"_s)));
    auto account = loadConnectorAccount(context.database(), u"deliverability"_s, context.parameter(u"account"_s));
    if (!account)
        return std::unexpected(account.error());
    const QString scheme = account->server.scheme();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return fail(Text::tr("external account %1: the deliverability service needs an http or https URL, not \"%2\"")
                        .arg(account->name, account->server.toDisplayString(QUrl::RemoveUserInfo)));
    const HttpRequest base{.url = {},
                           .ifNoneMatch = {},
                           .login = account->login,
                           .password = account->password,
                           .timeoutSeconds = timeout,
                           .maxBytes = 32 * 1024 * 1024};

    DeliverabilityLists lists;
    QList<Download> downloads;
    for (const List list : Lists) {
        if (context.isCancelled())
            return fail(Text::tr("cancelled while downloading the deliverability lists; nothing was changed"));
        auto d = download(context, listUrl(account->server, list), list, base, lists);
        if (!d)
            return std::unexpected(d.error());
        context.info(d->changed ? Text::tr("%1: %n entry(ies) downloaded and validated", nullptr, int(d->entries))
                                      .arg(listName(list))
                                : Text::tr("%1: unchanged since the last update (%n entry(ies))", nullptr,
                                           int(d->entries))
                                      .arg(listName(list)));
        downloads << *d;
        context.setProgress(downloads.size(), Steps);
    }

    QStringList changed;
    for (const Download &d : downloads)
        if (d.changed)
            changed << Text::tr("%1 (%2, before %3)").arg(listName(d.list)).arg(d.entries).arg(d.previousEntries);
    if (changed.isEmpty()) {
        context.info(Text::tr("The deliverability lists are unchanged: nothing to do"));
        context.setProgress(Steps, Steps);
        return {};
    }
    if (context.simulated()) {
        context.info(Text::tr("Simulation: would replace %1").arg(changed.join(u", "_s)));
        return {};
    }
    if (context.isCancelled())
        return fail(Text::tr("cancelled before replacing the deliverability lists; nothing was changed"));
    QElapsedTimer timer;
    timer.start();
    if (auto replaced = replace(context, downloads, lists); !replaced)
        return replaced;
    context.addRowsProcessed(lists.rules.size() + lists.domains.size() + lists.mx.size());
    context.info(Text::tr("Replaced %1 in one transaction in %2 ms").arg(changed.join(u", "_s)).arg(timer.elapsed()));
    context.setProgress(Steps, Steps);
    return {};
}

} // namespace nightshift
