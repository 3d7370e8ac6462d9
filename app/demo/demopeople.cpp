// Steps for people and their traces: enumerations with aliases, recipients (some with values to cleanse),
// visitors, quarantines, import rejects, privacy requests, LINE users, web events.
#include "demosteps.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

const QStringList kFirstNames{u"Alice"_s,  u"Bruno"_s, u"Chloé"_s,   u"David"_s,  u"Emma"_s,    u"Farid"_s,
                              u"Giulia"_s, u"Hugo"_s,  u"Inès"_s,    u"Jonas"_s,  u"Keiko"_s,   u"Léa"_s,
                              u"Marco"_s,  u"Nina"_s,  u"Olivier"_s, u"Paula"_s,  u"Quentin"_s, u"Rosa"_s,
                              u"Sven"_s,   u"Tomás"_s, u"Ursula"_s,  u"Victor"_s, u"Wei"_s,     u"Yuki"_s};
const QStringList kLastNames{u"Martin"_s,   u"Bernard"_s, u"Dubois"_s, u"Müller"_s, u"Schmidt"_s, u"Smith"_s,
                             u"Jones"_s,    u"García"_s,  u"López"_s,  u"Rossi"_s,  u"Bianchi"_s, u"Janssens"_s,
                             u"de Vries"_s, u"Tanaka"_s,  u"Suzuki"_s, u"Chen"_s,   u"Lin"_s,     u"Wang"_s};
const QStringList kDomains{u"mail.example"_s,  u"post.example"_s,   u"inbox.example.fr"_s, u"web.example.de"_s,
                           u"example.co.uk"_s, u"correo.example"_s, u"posta.example.it"_s, u"hinet.example.tw"_s};
const QStringList kCompanies{u"Acme"_s, u"Globex"_s, u"Initech"_s, u"Umbrella"_s, u"Hooli"_s, u"Stark Industries"_s};

struct Country
{
    QString code;
    QString label;
    QStringList cities;
};
const QList<Country> kCountries{
    {u"FR"_s, u"France"_s, {u"Paris"_s, u"Lyon"_s, u"Marseille"_s}},
    {u"DE"_s, u"Germany"_s, {u"Berlin"_s, u"München"_s, u"Hamburg"_s}},
    {u"GB"_s, u"United Kingdom"_s, {u"London"_s, u"Manchester"_s}},
    {u"ES"_s, u"Spain"_s, {u"Madrid"_s, u"Barcelona"_s}},
    {u"IT"_s, u"Italy"_s, {u"Roma"_s, u"Milano"_s}},
    {u"US"_s, u"United States"_s, {u"New York"_s, u"Chicago"_s}},
    {u"BE"_s, u"Belgium"_s, {u"Bruxelles"_s, u"Antwerpen"_s}},
    {u"NL"_s, u"Netherlands"_s, {u"Amsterdam"_s, u"Rotterdam"_s}},
    {u"JP"_s, u"Japan"_s, {u"Tokyo"_s, u"Osaka"_s}},
    {u"TW"_s, u"Taiwan"_s, {u"Taipei"_s, u"Kaohsiung"_s}},
};
// Values as they arrive from forms and imports, and the code each stands for (enumeration aliases).
const QList<std::pair<QString, QString>> kCountryAliases{
    {u"France"_s, u"FR"_s},         {u"Deutschland"_s, u"DE"_s}, {u"Germany"_s, u"DE"_s}, {u"UK"_s, u"GB"_s},
    {u"United Kingdom"_s, u"GB"_s}, {u"España"_s, u"ES"_s},      {u"Spain"_s, u"ES"_s},   {u"Italia"_s, u"IT"_s},
    {u"Italy"_s, u"IT"_s},          {u"USA"_s, u"US"_s},         {u"Holland"_s, u"NL"_s}, {u"Nederland"_s, u"NL"_s},
    {u"Taiwan"_s, u"TW"_s}};
// Dirty spellings found in recipient rows: each matches an alias once case and spaces are ignored.
const QStringList kDirtyCountries{u"France"_s, u" france "_s,       u"FRANCE"_s, u"Deutschland"_s, u"germany"_s,
                                  u"UK"_s,     u"United Kingdom"_s, u"España"_s, u"spain "_s,      u"Italia"_s,
                                  u"usa"_s,    u"Holland"_s,        u"Taiwan"_s};
const QList<std::pair<QString, QString>> kCityAliases{{u"Munich"_s, u"München"_s}, {u"Rome"_s, u"Roma"_s},
                                                      {u"Milan"_s, u"Milano"_s},   {u"Brussels"_s, u"Bruxelles"_s},
                                                      {u"NYC"_s, u"New York"_s},   {u"Taipei City"_s, u"Taipei"_s}};

qint64 hashPick(const DemoPlan &plan, quint64 stream, qint64 index, qint64 size)
{
    return qint64(demoMix(plan.seed(), stream, quint64(index)) % quint64(size));
}

// Recipients are spread over the enumerations' values; 4% carry a spelling aliasCleansing must fix.
void fillRecipient(const DemoPlan &plan, qint64 r, DemoDice &dice, QVariantList &row)
{
    const Country &country = kCountries.at(dice.below(kCountries.size()));
    QString countryValue = country.code;
    QString city = dice.pick(country.cities);
    if (r % 25 == 7) // every spelling in turn, so even a small demo has each
        countryValue = kDirtyCountries.at((r / 25) % kDirtyCountries.size());
    else if (dice.perMille(15))
        countryValue.clear(); // unknown
    if (dice.perMille(20))
        city = dice.pick(kCityAliases).first;
    const qint64 created = plan.start() - dice.below(365) * kDemoDayMs + dice.below(kDemoSpanDays * kDemoDayMs);
    row << plan.id(u"recipients"_s, r) << demoEmail(plan, r) << kFirstNames.at(hashPick(plan, 1, r, kFirstNames.size()))
        << kLastNames.at(hashPick(plan, 2, r, kLastNames.size()))
        << (dice.perMille(400) ? QVariant(dice.pick(kCompanies)) : QVariant(QMetaType::fromType<QString>()))
        << (countryValue.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(countryValue)) << city
        << created << created + dice.below(plan.anchor() - created);
}

Status fillEnumerations(DemoChunk &c)
{
    const DemoPlan &plan = c.plan;
    BulkInserter enumerations(c.db, u"enumerations"_s, {u"id"_s, u"name"_s, u"label"_s, u"field"_s});
    BulkInserter values(c.db, u"enumeration_values"_s, {u"id"_s, u"enumeration_id"_s, u"value"_s, u"label"_s});
    BulkInserter aliases(c.db, u"enumeration_aliases"_s,
                         {u"id"_s, u"enumeration_id"_s, u"alias"_s, u"value"_s, u"hits"_s});
    const qint64 country = plan.id(u"enumerations"_s, 0);
    const qint64 city = plan.id(u"enumerations"_s, 1);
    const qint64 language = plan.id(u"enumerations"_s, 2);
    for (const QVariantList &row : {QVariantList{country, u"country"_s, u"Country"_s, u"country"_s},
                                    QVariantList{city, u"city"_s, u"City"_s, u"city"_s},
                                    QVariantList{language, u"language"_s, u"Language"_s, QVariant()}})
        if (auto added = enumerations.add(row); !added)
            return added;
    qint64 v = 0;
    qint64 a = 0;
    for (const Country &k : kCountries) {
        if (auto added = values.add({plan.id(u"enumeration_values"_s, v++), country, k.code, k.label}); !added)
            return added;
        for (const QString &name : k.cities)
            if (auto added = values.add({plan.id(u"enumeration_values"_s, v++), city, name, name}); !added)
                return added;
    }
    const QList<std::pair<QString, QString>> languages{{u"fr"_s, u"French"_s},
                                                       {u"en"_s, u"English"_s},
                                                       {u"de"_s, u"German"_s},
                                                       {u"zh_TW"_s, u"Traditional Chinese"_s}};
    for (const auto &[code, label] : languages)
        if (auto added = values.add({plan.id(u"enumeration_values"_s, v++), language, code, label}); !added)
            return added;
    for (const auto &[alias, value] : kCountryAliases)
        if (auto added = aliases.add({plan.id(u"enumeration_aliases"_s, a++), country, alias, value, 0}); !added)
            return added;
    for (const auto &[alias, value] : kCityAliases)
        if (auto added = aliases.add({plan.id(u"enumeration_aliases"_s, a++), city, alias, value, 0}); !added)
            return added;
    if (auto added = aliases.add({plan.id(u"enumeration_aliases"_s, a++), language, u"Français"_s, u"fr"_s, 0}); !added)
        return added;
    for (BulkInserter *inserter : {&enumerations, &values, &aliases})
        if (auto flushed = inserter->flush(); !flushed)
            return flushed;
    return {};
}

} // namespace

QString demoEmail(const DemoPlan &plan, qint64 recipientIndex)
{
    QString first = kFirstNames.at(hashPick(plan, 1, recipientIndex, kFirstNames.size())).toLower();
    QString last = kLastNames.at(hashPick(plan, 2, recipientIndex, kLastNames.size())).toLower();
    last.remove(u' ');
    return u"%1.%2.%3@%4"_s.arg(first, last)
        .arg(recipientIndex + 1)
        .arg(kDomains.at(hashPick(plan, 3, recipientIndex, kDomains.size())));
}

QVariant demoNull()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

DemoStep demoRowStep(const QString &table, const QStringList &columns, qint64 rows, DemoRowFiller fill)
{
    DemoStep step{.name = table, .tables = {table}, .rows = rows, .chunkRows = 50'000, .run = {}};
    step.run = [table, columns, fill](DemoChunk &c) -> Status {
        BulkInserter inserter(c.db, table, columns);
        QVariantList row;
        row.reserve(columns.size());
        for (qint64 i = c.first; i < c.first + c.count; ++i) {
            row.clear();
            fill(i, c.dice, row);
            if (auto added = inserter.add(row); !added)
                return added;
        }
        return inserter.flush();
    };
    return step;
}

DemoStep demoSqlStep(const QString &name, const QStringList &statements)
{
    return {.name = name, .tables = {}, .rows = 0, .chunkRows = 1, .run = [statements](DemoChunk &c) -> Status {
                for (const QString &sql : statements)
                    if (auto done = execute(c.db, sql); !done)
                        return std::unexpected(done.error());
                return {};
            }};
}

QList<DemoStep> demoPeopleSteps(const DemoPlan &plan)
{
    const DemoVolumes &v = plan.volumes();
    const qint64 day = kDemoDayMs;
    const qint64 now = plan.anchor();
    QList<DemoStep> steps;
    steps << DemoStep{.name = u"enumerations"_s,
                      .tables = {u"enumerations"_s, u"enumeration_values"_s, u"enumeration_aliases"_s},
                      .rows = 3,
                      .chunkRows = 3,
                      .run = fillEnumerations};
    steps << demoRowStep(u"recipients"_s,
                         {u"id"_s, u"email"_s, u"first_name"_s, u"last_name"_s, u"company"_s, u"country"_s, u"city"_s,
                          u"created_at"_s, u"modified_at"_s},
                         v.recipients,
                         [&plan](qint64 r, DemoDice &dice, QVariantList &row) { fillRecipient(plan, r, dice, row); });
    // Visitors seen over the last four months; the 30-day retention has most of them to purge.
    steps << demoRowStep(
        u"visitors"_s, {u"id"_s, u"cookie"_s, u"recipient_id"_s, u"first_seen_at"_s, u"last_seen_at"_s}, v.visitors,
        [&plan, now, day](qint64 i, DemoDice &dice, QVariantList &row) {
            const qint64 first = now - dice.between(1, 120 * day);
            row << plan.id(u"visitors"_s, i)
                << u"%1-%2"_s.arg(demoMix(plan.seed(), 0x715, quint64(i)), 16, 16, QChar(u'0')).arg(i)
                << (dice.perMille(600) ? QVariant(plan.id(u"recipients"_s, dice.below(plan.volumes().recipients)))
                                       : demoNull())
                << first << first + dice.below(now - first);
        });
    // Quarantined addresses of every kind and age: soft bounces and full mailboxes either side of the
    // release delays (10 and 30 days), hard bounces, the deny list, and addresses already valid again.
    steps << demoRowStep(
        u"quarantines"_s,
        {u"id"_s, u"address"_s, u"status"_s, u"reason"_s, u"error_type"_s, u"error_count"_s, u"last_error_at"_s,
         u"created_at"_s, u"updated_at"_s},
        v.quarantines, [&plan, now, day](qint64 i, DemoDice &dice, QVariantList &row) {
            const qint64 stride = std::max<qint64>(1, plan.volumes().recipients / plan.volumes().quarantines);
            static const QList<std::array<QString, 3>> kinds{
                {u"quarantine"_s, u"soft"_s, u"Mailbox full"_s},   {u"quarantine"_s, u"soft"_s, u"Unreachable"_s},
                {u"quarantine"_s, u"soft"_s, u"Refused"_s},        {u"quarantine"_s, u"hard"_s, u"User unknown"_s},
                {u"quarantine"_s, u"hard"_s, u"Invalid domain"_s}, {u"denylisted"_s, u"ignored"_s, u"Unsubscribed"_s},
                {u"valid"_s, u"soft"_s, u"Mailbox full"_s}};
            const auto &kind = dice.pick(kinds);
            const qint64 lastError = now - dice.between(1, 60 * day);
            const qint64 created = lastError - dice.below(120 * day);
            row << plan.id(u"quarantines"_s, i) << demoEmail(plan, (i * stride) % plan.volumes().recipients) << kind[0]
                << kind[2] << kind[1] << dice.between(1, 6) << lastError << created << lastError;
        });
    steps << demoRowStep(
        u"import_rejects"_s, {u"id"_s, u"source"_s, u"line_number"_s, u"content"_s, u"reason"_s, u"created_at"_s},
        v.importRejects, [&plan, day](qint64 i, DemoDice &dice, QVariantList &row) {
            static const QStringList reasons{u"invalid email address"_s, u"missing mandatory field: email"_s,
                                             u"duplicate recipient"_s, u"country not in the enumeration"_s,
                                             u"wrong number of columns"_s};
            const qint64 at = plan.start() + dice.below(kDemoSpanDays * day);
            const QDate date = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).date();
            row << plan.id(u"import_rejects"_s, i) << u"crm-export-%1.csv"_s.arg(date.toString(u"yyyyMMdd"_s))
                << dice.between(2, 20'000)
                << u"%1;%2;;%3"_s.arg(dice.pick(kFirstNames), dice.pick(kLastNames), dice.pick(kDirtyCountries))
                << dice.pick(reasons) << at;
        });
    // Access requests get a data file (some older than the 90-day retention); delete requests wait for
    // their two confirmations.
    steps << demoRowStep(
        u"privacy_requests"_s,
        {u"id"_s, u"reference"_s, u"type"_s, u"state"_s, u"recipient_id"_s, u"email"_s, u"first_confirmed_at"_s,
         u"second_confirmed_at"_s, u"data_file"_s, u"data_file_at"_s, u"created_at"_s, u"processed_at"_s},
        v.privacyRequests, [&plan, now, day](qint64 i, DemoDice &dice, QVariantList &row) {
            const bool access = dice.perMille(600);
            const qint64 r = dice.below(plan.volumes().recipients);
            const qint64 created = now - dice.between(1, 300 * day);
            static const QStringList accessStates{u"new"_s, u"processing"_s, u"done"_s, u"done"_s, u"error"_s};
            static const QStringList deleteStates{u"new"_s, u"confirmationPending"_s, u"confirmed"_s, u"done"_s};
            const QString state = access ? dice.pick(accessStates) : dice.pick(deleteStates);
            const bool firstConfirmed = !access && state != u"new"_s;
            const bool secondConfirmed = !access && (state == u"confirmed"_s || state == u"done"_s);
            const bool hasFile = access && state == u"done"_s;
            const qint64 processed = created + dice.between(1, 5) * day;
            const QString reference = u"PR-%1"_s.arg(plan.id(u"privacy_requests"_s, i), 6, 10, QChar(u'0'));
            row << plan.id(u"privacy_requests"_s, i) << reference << (access ? u"access"_s : u"delete"_s) << state
                << plan.id(u"recipients"_s, r) << demoEmail(plan, r)
                << (firstConfirmed ? QVariant(created + day) : demoNull())
                << (secondConfirmed ? QVariant(created + 2 * day) : demoNull())
                << (hasFile ? QVariant(u"privacy/%1.zip"_s.arg(reference)) : QVariant(QMetaType::fromType<QString>()))
                << (hasFile ? QVariant(processed) : demoNull()) << created
                << (state == u"done"_s ? QVariant(processed) : demoNull());
        });
    // LINE users: a quarter blocked, some for longer than the 180 days after which their data goes; some
    // still known only by their V1 MID.
    steps << demoRowStep(
        u"line_users"_s,
        {u"id"_s, u"user_id"_s, u"mid"_s, u"account_name"_s, u"recipient_id"_s, u"display_name"_s, u"followed_at"_s,
         u"blocked_at"_s},
        v.lineUsers, [&plan, now, day](qint64 i, DemoDice &dice, QVariantList &row) {
            const QString hex = u"%1%2"_s.arg(demoMix(plan.seed(), 0x11e, quint64(i)), 16, 16, QChar(u'0'))
                                    .arg(demoMix(plan.seed(), 0x11f, quint64(i)), 16, 16, QChar(u'0'));
            const bool legacy = dice.perMille(150);
            const qint64 followed = now - dice.between(30, 700) * day;
            const qint64 r = dice.below(plan.volumes().recipients);
            row << plan.id(u"line_users"_s, i)
                << (legacy ? QVariant(QMetaType::fromType<QString>()) : QVariant(u"U"_s + hex))
                << (legacy || dice.perMille(300) ? QVariant(u"u"_s + hex) : QVariant(QMetaType::fromType<QString>()))
                << u"lineOfficial"_s << plan.id(u"recipients"_s, r)
                << kFirstNames.at(hashPick(plan, 1, r, kFirstNames.size())) << followed
                << (dice.perMille(250) ? QVariant(followed + dice.below(now - followed)) : demoNull());
        });
    steps << demoRowStep(
        u"web_events"_s,
        {u"id"_s, u"visitor_id"_s, u"recipient_id"_s, u"segment"_s, u"type"_s, u"url"_s, u"amount"_s, u"occurred_at"_s,
         u"lifespan_days"_s, u"expires_at"_s},
        v.webEvents, [&plan, now, day](qint64 i, DemoDice &dice, QVariantList &row) {
            static const QStringList segments{u"abandonedCart"_s, u"productViewers"_s, u"buyers"_s,
                                              u"newsletterReaders"_s};
            static const QStringList types{u"pageView"_s, u"pageView"_s, u"pageView"_s, u"addToCart"_s, u"purchase"_s};
            const QString type = dice.pick(types);
            const qint64 occurred = now - dice.between(1, 120 * day);
            const int lifespan = dice.pick(QList<int>{30, 60, 90});
            const qint64 visitor = dice.below(std::max<qint64>(1, plan.volumes().visitors));
            row << plan.id(u"web_events"_s, i) << plan.id(u"visitors"_s, visitor)
                << (dice.perMille(500) ? QVariant(plan.id(u"recipients"_s, dice.below(plan.volumes().recipients)))
                                       : demoNull())
                << dice.pick(segments) << type << u"https://shop.example/p/%1"_s.arg(dice.between(100, 999))
                << (type == u"purchase"_s ? QVariant(double(dice.between(500, 50'000)) / 100.0)
                                          : QVariant(QMetaType::fromType<double>()))
                << occurred << lifespan << occurred + lifespan * day;
        });
    return steps;
}

} // namespace nightshift
