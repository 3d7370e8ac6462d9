#include "deliverabilitylists.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::DeliverabilityLists)
};

// Reads the fields of one entry, keeping the first thing wrong.
class EntryReader
{
public:
    EntryReader(const QJsonValue &value, qsizetype index, const QStringList &fields) : m_index(index)
    {
        if (!value.isObject()) {
            m_error = Text::tr("entry %1 is not a JSON object").arg(index + 1);
            return;
        }
        m_object = value.toObject();
        for (auto it = m_object.constBegin(); it != m_object.constEnd() && m_error.isEmpty(); ++it)
            if (!fields.contains(it.key()))
                m_error = Text::tr("entry %1 has an unknown field \"%2\" (expected: %3)")
                              .arg(index + 1)
                              .arg(it.key(), fields.join(u", "_s));
    }

    QString error() const { return m_error; }

    QString text(const QString &field)
    {
        const QJsonValue v = m_object.value(field);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            setError(Text::tr("\"%1\" must be a non-empty string").arg(field));
        return v.toString().trimmed();
    }

    bool flag(const QString &field)
    {
        const QJsonValue v = m_object.value(field);
        if (!v.isUndefined() && !v.isBool())
            setError(Text::tr("\"%1\" must be true or false").arg(field));
        return v.toBool(false);
    }

    qint64 count(const QString &field, qint64 maximum)
    {
        const QJsonValue v = m_object.value(field);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > double(maximum) || std::floor(d) != d)
            setError(Text::tr("\"%1\" must be a whole number from 0 to %2").arg(field).arg(maximum));
        return qint64(d);
    }

    void setError(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = Text::tr("entry %1: %2").arg(m_index + 1).arg(what);
    }

private:
    QJsonObject m_object;
    qsizetype m_index;
    QString m_error;
};

Result<QJsonArray> parseArray(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Text::tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!document.isArray())
        return fail(Text::tr("not a JSON array"));
    const QJsonArray array = document.array();
    if (array.isEmpty())
        return fail(Text::tr("the list is empty (refused: it would remove every entry)"));
    if (array.size() > DeliverabilityLists::MaxEntries)
        return fail(Text::tr("%1 entries, more than the %2 accepted").arg(array.size()).arg(DeliverabilityLists::MaxEntries));
    return array;
}

bool isHostName(const QString &name)
{
    static const QRegularExpression host(
        u"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$"_s);
    return host.match(name).hasMatch();
}

Status duplicate(QSet<QString> &seen, const QString &key, qsizetype index, const QString &field)
{
    if (seen.contains(key))
        return fail(Text::tr("entry %1: %2 \"%3\" appears twice").arg(index + 1).arg(field, key));
    seen.insert(key);
    return {};
}

Status run(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return fail(Text::tr("%1 failed: %2").arg(query.lastQuery(), query.lastError().text()));
    return {};
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &table, const QString &insert)
{
    auto cleared = execute(db, u"DELETE FROM %1"_s.arg(table));
    if (!cleared)
        return std::unexpected(cleared.error());
    QSqlQuery query(db);
    if (!query.prepare(insert))
        return fail(Text::tr("%1 failed: %2").arg(insert, query.lastError().text()));
    return query;
}

} // namespace

Result<QList<DeliverabilityRule>> parseDeliverabilityRules(const QByteArray &json)
{
    auto array = parseArray(json);
    if (!array)
        return std::unexpected(array.error());
    static const QStringList types{u"soft"_s, u"hard"_s, u"ignore"_s};
    QList<DeliverabilityRule> rules;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array->size(); ++i) {
        EntryReader entry(array->at(i), i, {u"pattern"_s, u"type"_s, u"reason"_s});
        DeliverabilityRule rule{.pattern = entry.text(u"pattern"_s), .type = entry.text(u"type"_s),
                                .reason = entry.text(u"reason"_s)};
        if (entry.error().isEmpty() && !types.contains(rule.type))
            entry.setError(Text::tr("\"type\" must be soft, hard or ignore, not \"%1\"").arg(rule.type));
        if (entry.error().isEmpty()) {
            const QRegularExpression pattern(rule.pattern);
            if (!pattern.isValid())
                entry.setError(Text::tr("\"pattern\" is not a valid regular expression: %1 at offset %2")
                                   .arg(pattern.errorString())
                                   .arg(pattern.patternErrorOffset()));
        }
        if (!entry.error().isEmpty())
            return fail(entry.error());
        if (auto unique = duplicate(seen, rule.pattern, i, u"pattern"_s); !unique)
            return std::unexpected(unique.error());
        rules << rule;
    }
    return rules;
}

Result<QList<DeliverabilityDomain>> parseDeliverabilityDomains(const QByteArray &json)
{
    auto array = parseArray(json);
    if (!array)
        return std::unexpected(array.error());
    QList<DeliverabilityDomain> domains;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array->size(); ++i) {
        EntryReader entry(array->at(i), i, {u"domain"_s, u"dkim"_s, u"listUnsubscribe"_s});
        DeliverabilityDomain domain{.domain = entry.text(u"domain"_s).toLower(), .dkim = entry.flag(u"dkim"_s),
                                    .listUnsubscribe = entry.flag(u"listUnsubscribe"_s)};
        if (entry.error().isEmpty() && !isHostName(domain.domain))
            entry.setError(Text::tr("\"domain\" is not a domain name: \"%1\"").arg(domain.domain));
        if (!entry.error().isEmpty())
            return fail(entry.error());
        if (auto unique = duplicate(seen, domain.domain, i, u"domain"_s); !unique)
            return std::unexpected(unique.error());
        domains << domain;
    }
    return domains;
}

Result<QList<DeliverabilityMx>> parseDeliverabilityMx(const QByteArray &json)
{
    auto array = parseArray(json);
    if (!array)
        return std::unexpected(array.error());
    QList<DeliverabilityMx> rules;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array->size(); ++i) {
        EntryReader entry(array->at(i), i,
                          {u"mask"_s, u"maxConnections"_s, u"maxMessagesPerConnection"_s, u"maxPerHour"_s});
        DeliverabilityMx mx{.mask = entry.text(u"mask"_s).toLower(),
                            .maxConnections = entry.count(u"maxConnections"_s, 1000),
                            .maxMessagesPerConnection = entry.count(u"maxMessagesPerConnection"_s, 1000000),
                            .maxPerHour = entry.count(u"maxPerHour"_s, 1000000000)};
        const QString host = mx.mask.startsWith(u"*."_s) ? mx.mask.mid(2) : mx.mask;
        if (entry.error().isEmpty() && !isHostName(host))
            entry.setError(Text::tr("\"mask\" is not a host name or *.domain: \"%1\"").arg(mx.mask));
        if (!entry.error().isEmpty())
            return fail(entry.error());
        if (auto unique = duplicate(seen, mx.mask, i, u"mask"_s); !unique)
            return std::unexpected(unique.error());
        rules << mx;
    }
    return rules;
}

Status writeDeliverabilityRules(const QSqlDatabase &db, const QList<DeliverabilityRule> &rules)
{
    auto insert = prepare(db, u"deliverability_rules"_s,
                          u"INSERT INTO deliverability_rules (sort_order, pattern, type, reason) VALUES (?, ?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    for (qsizetype i = 0; i < rules.size(); ++i)
        if (auto done = run(*insert, {qint64(i + 1), rules.at(i).pattern, rules.at(i).type, rules.at(i).reason}); !done)
            return done;
    return {};
}

Status writeDeliverabilityDomains(const QSqlDatabase &db, const QList<DeliverabilityDomain> &domains)
{
    auto insert = prepare(db, u"deliverability_domains"_s,
                          u"INSERT INTO deliverability_domains (domain, dkim, list_unsubscribe) VALUES (?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    for (const DeliverabilityDomain &d : domains)
        if (auto done = run(*insert, {d.domain, d.dkim ? 1 : 0, d.listUnsubscribe ? 1 : 0}); !done)
            return done;
    return {};
}

Status writeDeliverabilityMx(const QSqlDatabase &db, const QList<DeliverabilityMx> &mx)
{
    auto insert = prepare(db, u"deliverability_mx"_s,
                          u"INSERT INTO deliverability_mx (sort_order, mask, max_connections, "
                          "max_messages_per_connection, max_per_hour) VALUES (?, ?, ?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    for (qsizetype i = 0; i < mx.size(); ++i) {
        const DeliverabilityMx &m = mx.at(i);
        if (auto done = run(*insert, {qint64(i + 1), m.mask, m.maxConnections, m.maxMessagesPerConnection, m.maxPerHour});
            !done)
            return done;
    }
    return {};
}

} // namespace nightshift
