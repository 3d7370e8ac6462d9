#pragma once

#include "engine/job.h"

#include <memory>

// Jobs for engine tests, the crash test's child engine and the dispatch benchmark:
//   sleep     waits `ms` milliseconds in 10 ms steps, stopping when cancelled; safe to re-run.
//   stubborn  waits `ms` milliseconds and ignores cancellation; safe to re-run.
//   append    inserts one row per run into test_effects (with the token's `label` variable), after waiting
//             `ms`; NOT safe to re-run: the crash test checks it never runs twice for one task.
//   fail      fails with the `message` parameter.
//   rows      reports `count` rows processed and sets vars.rows.
std::shared_ptr<const nightshift::JobRegistry> testJobs();

// Creates the table `append` writes to.
nightshift::Status createTestTables(const QSqlDatabase &db);
