#pragma once

#include <QString>

#include <optional>

namespace nightshift {

// Severity of a journal line (stored as its number, so "level >= warning" is one comparison).
enum class JournalLevel { Debug = 0, Info = 1, Warning = 2, Error = 3 };

// How a run (one trigger of a workflow: a start, a scheduler tick, a signal) ended, or that it goes on.
enum class RunStatus { Running, Succeeded, Failed, Stopped, Interrupted };

// One activity execution. Ready tasks wait for a thread, Waiting ones for a time or an event (holding no
// thread), Armed ones are triggers (schedulers, re-arming signals) that start a new run each time they fire
// and do not keep a run open. Suspended tasks failed and wait for the workflow to be resumed.
enum class TaskState { Ready, Running, Waiting, Armed, Suspended, Done, Failed, Cancelled, Skipped };

QString journalLevelName(JournalLevel level); // "debug", "info", "warning", "error"
std::optional<JournalLevel> journalLevelFromName(QStringView name);
const char *journalLevelLabel(JournalLevel level); // English, for tr() in "nightshift::JournalLevel"

QString runStatusName(RunStatus status); // "running", "succeeded", …
std::optional<RunStatus> runStatusFromName(QStringView name);
const char *runStatusLabel(RunStatus status); // English, for tr() in "nightshift::RunStatus"

QString taskStateName(TaskState state); // "ready", "running", …
std::optional<TaskState> taskStateFromName(QStringView name);
bool isTerminal(TaskState state); // done, failed, cancelled, skipped

} // namespace nightshift
