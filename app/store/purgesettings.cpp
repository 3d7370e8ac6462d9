#include "purgesettings.h"

#include "auditlog.h"
#include "core/accesspolicy.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::PurgeSettings)
};

// The shipped settings (migration 0001) with translatable labels; the stored label is English only.
struct Known
{
    const char *name;
    const char *label;
};
constexpr Known KnownSettings[] = {
    {"purge.trackingStats", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Consolidated tracking")},
    {"purge.deliveryLogs", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Delivery logs")},
    {"purge.trackingLogs", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Tracking logs")},
    {"purge.deletedDeliveries", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Deleted deliveries")},
    {"purge.importRejects", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Import rejects")},
    {"purge.visitors", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Visitor profiles")},
    {"purge.propositions", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Offer propositions")},
    {"purge.events", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Events")},
    {"purge.archivedEvents", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Archived events")},
    {"purge.eventStats", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Event statistics")},
    {"purge.auditTrail", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Audit trail")},
    {"purge.privacyFiles", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Privacy request files")},
    {"purge.vacuum", QT_TRANSLATE_NOOP("nightshift::PurgeSettings", "Database statistics after a purge")},
};

const QStringList &vacuumChoices()
{
    static const QStringList choices{u"none"_s, u"analyze"_s, u"vacuum"_s};
    return choices;
}

// The stored form of a valid text: digits without sign or zeros in front, or the lower-case choice.
QString normalised(const QString &name, const QString &text)
{
    if (name == PurgeSettings::VacuumSetting)
        return text.trimmed().toLower();
    return QString::number(text.trimmed().toLongLong());
}
} // namespace

QString PurgeSettings::label(const QString &name)
{
    for (const Known &known : KnownSettings)
        if (name == QLatin1StringView(known.name))
            return Text::tr(known.label);
    return name;
}

Status PurgeSettings::validate(const QString &name, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (name == VacuumSetting) {
        if (vacuumChoices().contains(trimmed.toLower()))
            return {};
        return fail(Text::tr("%1: the value must be one of %2; got \"%3\"")
                        .arg(label(name), vacuumChoices().join(u", "_s), text));
    }
    bool ok = false;
    const qlonglong days = trimmed.toLongLong(&ok);
    // Digits only: "1e3", "7.5" and "7 days" are refused rather than read as something else.
    const bool digitsOnly
        = !trimmed.isEmpty() && std::ranges::all_of(trimmed, [](QChar c) { return c.isDigit() || c == u'-'; });
    if (ok && digitsOnly && days >= MinimumDays && days <= MaximumDays)
        return {};
    return fail(Text::tr("%1: the retention must be a whole number of days from %2 to %3; got \"%4\"")
                    .arg(label(name))
                    .arg(MinimumDays)
                    .arg(MaximumDays)
                    .arg(text));
}

Result<QList<PurgeSetting>> PurgeSettings::load(const QSqlDatabase &db)
{
    auto rows = execute(db, u"SELECT name, value, type, label FROM options WHERE name LIKE 'purge.%' ORDER BY name"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QList<PurgeSetting> settings;
    while (rows->next()) {
        PurgeSetting setting;
        setting.name = rows->value(0).toString();
        setting.value = rows->value(1).toString();
        setting.label = label(setting.name);
        if (setting.label == setting.name)
            setting.label = rows->value(3).toString();
        if (setting.name == VacuumSetting) {
            setting.kind = PurgeSetting::Kind::Choice;
            setting.choices = vacuumChoices();
        }
        if (auto valid = validate(setting.name, setting.value); !valid)
            setting.problem = valid.error().message;
        else if (setting.kind == PurgeSetting::Kind::Days)
            setting.days = setting.value.trimmed().toInt();
        settings.append(setting);
    }
    return settings;
}

Result<int> PurgeSettings::retentionDays(const QSqlDatabase &db, const QString &name)
{
    auto value = execute(db, u"SELECT value FROM options WHERE name = ?"_s, {name});
    if (!value)
        return std::unexpected(value.error());
    if (!value->next())
        return fail(Text::tr("%1: the purge setting %2 is missing from the options").arg(label(name), name));
    const QString text = value->value(0).toString();
    if (auto valid = validate(name, text); !valid)
        return std::unexpected(valid.error());
    return text.trimmed().toInt();
}

Result<PurgeSettings::Vacuum> PurgeSettings::vacuum(const QSqlDatabase &db)
{
    auto value = execute(db, u"SELECT value FROM options WHERE name = ?"_s, {VacuumSetting});
    if (!value)
        return std::unexpected(value.error());
    if (!value->next())
        return fail(
            Text::tr("%1: the purge setting %2 is missing from the options").arg(label(VacuumSetting), VacuumSetting));
    const QString text = value->value(0).toString();
    if (auto valid = validate(VacuumSetting, text); !valid)
        return std::unexpected(valid.error());
    const QString choice = normalised(VacuumSetting, text);
    return choice == u"vacuum"_s ? Vacuum::Vacuum : choice == u"analyze"_s ? Vacuum::Analyze : Vacuum::None;
}

Status PurgeSettings::save(Instance &instance, const Principal &who, const QList<Change> &changes)
{
    if (auto allowed = AccessPolicy::checkAdministration(who, Text::tr("change the purge settings")); !allowed)
        return allowed;
    Errors invalid;
    for (const auto &[name, text] : changes)
        if (auto valid = validate(name, text); !valid)
            invalid.append(valid.error());
    if (!invalid.isEmpty())
        return fail(joined(invalid));

    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    WriteTransaction transaction(*db, instance.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const qint64 now = nowMs();
    for (const auto &[name, text] : changes) {
        auto before = execute(*db, u"SELECT value FROM options WHERE name = ? AND name LIKE 'purge.%'"_s, {name});
        if (!before)
            return std::unexpected(before.error());
        if (!before->next())
            return fail(Text::tr("there is no purge setting \"%1\"").arg(name));
        const QString previous = before->value(0).toString();
        const QString value = normalised(name, text);
        if (previous == value)
            continue;
        auto written = execute(*db, u"UPDATE options SET value = ?, modified_at = ?, modified_by = ? WHERE name = ?"_s,
                               {value, now, who.login, name});
        if (!written)
            return std::unexpected(written.error());
        if (auto audited = AuditLog(*db).append({who.login, u"option.change"_s, u"option"_s, name, previous, value});
            !audited)
            return audited;
    }
    return transaction.commit();
}

} // namespace nightshift
