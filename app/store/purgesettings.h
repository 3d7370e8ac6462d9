#pragma once

#include "instance.h"

#include "core/rights.h"

namespace nightshift {

// One purge setting (SPEC §6, the deployment wizard's purge page), as stored in the options table.
struct PurgeSetting
{
    enum class Kind { Days, Choice };
    QString name; // "purge.deliveryLogs"
    QString label; // translated: "Delivery logs"
    Kind kind = Kind::Days;
    QString value; // as stored, possibly invalid
    int days = 0; // Days: the retention when `value` is valid, else 0
    QStringList choices; // Choice: the values allowed ("none", "analyze", "vacuum")
    QString problem; // why `value` is invalid; empty when it is valid
};

// Reads, checks and changes the purge settings. Retentions are whole days from MinimumDays (a retention of
// 0 or less would purge everything, so it is refused) to MaximumDays (100 years); purge.vacuum is one of
// none, analyze, vacuum. A value that is invalid in the database (edited by hand) is reported, never
// replaced by a default: the cleanup step that needs it fails instead of deleting with a guess.
class PurgeSettings
{
public:
    static constexpr int MinimumDays = 1;
    static constexpr int MaximumDays = 36500;
    static inline const QString VacuumSetting = QStringLiteral("purge.vacuum");

    enum class Vacuum { None, Analyze, Vacuum };

    static Result<QList<PurgeSetting>> load(const QSqlDatabase &db); // every purge.* option, by name

    // Checks `text` for the setting `name`; the error names the setting by its label and quotes the text.
    static Status validate(const QString &name, const QString &text);
    static QString label(const QString &name); // translated label of a shipped setting, else the name

    static Result<int> retentionDays(const QSqlDatabase &db, const QString &name);
    static Result<Vacuum> vacuum(const QSqlDatabase &db);

    // Validates every change first, then writes them and one audit line each (value before and after) in one
    // transaction; nothing is written when any is invalid, unknown, or `who` lacks ADMINISTRATION.
    // Unchanged values are skipped (no audit line).
    using Change = std::pair<QString, QString>; // setting name, new text
    static Status save(Instance &instance, const Principal &who, const QList<Change> &changes);
};

} // namespace nightshift
