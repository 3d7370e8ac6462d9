#pragma once

#include "store/sqlsupport.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nightshift {

// The three lists of the deliverability service (docs/deliverability-service.md), validated strictly: a JSON
// array of objects with exactly the documented fields, nothing empty, no duplicates, at most MaxEntries.
// Errors say which entry and field is wrong; the job prefixes the URL.
struct DeliverabilityRule
{
    QString pattern; // a regular expression matched against the bounce message, case-insensitively
    QString type; // soft, hard or ignore
    QString reason;
};

struct DeliverabilityDomain
{
    QString domain;
    bool dkim = false;
    bool listUnsubscribe = false;
};

struct DeliverabilityMx
{
    QString mask; // "mx.example.com" or "*.example.com"
    qint64 maxConnections = 0; // 0: no limit
    qint64 maxMessagesPerConnection = 0;
    qint64 maxPerHour = 0;
};

struct DeliverabilityLists
{
    static constexpr qsizetype MaxEntries = 10000; // keeps the replacing transaction short
    QList<DeliverabilityRule> rules;
    QList<DeliverabilityDomain> domains;
    QList<DeliverabilityMx> mx;
};

Result<QList<DeliverabilityRule>> parseDeliverabilityRules(const QByteArray &json);
Result<QList<DeliverabilityDomain>> parseDeliverabilityDomains(const QByteArray &json);
Result<QList<DeliverabilityMx>> parseDeliverabilityMx(const QByteArray &json);

// Each replaces its table's rows with the list, in the caller's transaction.
Status writeDeliverabilityRules(const QSqlDatabase &db, const QList<DeliverabilityRule> &rules);
Status writeDeliverabilityDomains(const QSqlDatabase &db, const QList<DeliverabilityDomain> &domains);
Status writeDeliverabilityMx(const QSqlDatabase &db, const QList<DeliverabilityMx> &mx);

} // namespace nightshift
