#pragma once

#include "bulkinserter.h"
#include "demoplan.h"

#include <functional>

namespace nightshift {

// One chunk of a step: the rows [first, first + count) of it, with the dice seeded for this chunk.
struct DemoChunk
{
    const QSqlDatabase &db;
    Dialect dialect;
    const DemoPlan &plan;
    DemoDice &dice;
    qint64 index = 0;
    qint64 first = 0;
    qint64 count = 0;
};

// A unit of generation, resumable chunk by chunk (demo_progress rows are (name, chunk)).
struct DemoStep
{
    QString name;
    QStringList tables; // the tables it writes with explicit ids (their PostgreSQL identity is moved on)
    qint64 rows = 0; // for progress; a step with no rows still runs once
    qint64 chunkRows = 50'000;
    std::function<Status(DemoChunk &)> run;

    qint64 chunks() const { return rows <= 0 ? 1 : (rows + chunkRows - 1) / chunkRows; }
};

using DemoRowFiller = std::function<void(qint64 index, DemoDice &dice, QVariantList &row)>;

// The common step: `rows` rows of `table`, each made by `fill` from its index (ids come from the plan).
DemoStep demoRowStep(const QString &table, const QStringList &columns, qint64 rows, DemoRowFiller fill);
// A step that runs SQL statements once (aggregates computed from generated rows).
DemoStep demoSqlStep(const QString &name, const QStringList &statements);

QList<DemoStep> demoPeopleSteps(const DemoPlan &plan); // enumerations, recipients, visitors, quarantines, …
QList<DemoStep> demoDeliverySteps(const DemoPlan &plan); // budgets, campaigns, deliveries, logs, tracking, …
QList<DemoStep> demoEventSteps(const DemoPlan &plan); // offers, propositions, templates, Message Center events
QList<DemoStep> demoTrackingFileSteps(const DemoPlan &plan, const QString &folder);

// Names and texts the steps draw from.
QString demoEmail(const DemoPlan &plan, qint64 recipientIndex);
QVariant demoNull(); // a typed NULL for an integer column
const QStringList &demoUserAgents();

} // namespace nightshift
