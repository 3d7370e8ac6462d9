#pragma once

#include "core/error.h"
#include "core/executionstatus.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <atomic>
#include <chrono>
#include <memory>

namespace nightshift {

class ScriptWatchdog; // the thread that interrupts a script at its time limit or when it is cancelled

// The variables a script sees. Values are JSON-compatible: numbers, strings, booleans, null (a null
// QVariant), QVariantList and QVariantMap, nested freely.
struct ScriptScope
{
    QVariantMap instance; // instance variables (kept across the run, cleared on start/stop)
    QVariantMap task; // this task's variables
    QVariantMap vars; // the variables carried by the arriving token ("event variables"), passed on to the next activity
};

struct ScriptLogLine
{
    JournalLevel level;
    QString message;
};

struct ScriptOutcome
{
    ScriptScope scope; // the variables after the script ran (changes made by the script)
    QList<ScriptLogLine> log; // lines the script logged
    QVariant value; // completion value of the script; invalid when undefined or not representable
};

// The sandboxed JavaScript runtime of <javascript> activities and <test> conditions (see
// docs/definition-format.md, "JavaScript activities and conditions").
//
// Every run() and condition() gets a fresh QJSEngine, created on the calling thread and destroyed before
// the call returns: nothing a script does (globals, changed built-ins) survives into the next call, and a
// sandbox may be used from any thread as long as one thread at a time uses it. A QCoreApplication must exist.
// Constructing a ScriptSandbox is cheap (no engine, no thread); the first call starts its watchdog thread,
// which lives until the sandbox is destroyed. Each call costs about the construction of a QJSEngine: on the
// 2-core CI machine, under load, about 10 ms for a sandbox plus a trivial run() and 4.5 ms for a trivial
// condition() (tst_scriptsandbox benchmarkRun, benchmarkCondition). Memory beyond the engine's defaults and
// long-running built-ins (a huge "x".repeat()) are not limited: the watchdog interrupts JavaScript, not C++.
class ScriptSandbox
{
public:
    ScriptSandbox();
    ~ScriptSandbox();
    ScriptSandbox(const ScriptSandbox &) = delete;
    ScriptSandbox &operator=(const ScriptSandbox &) = delete;

    // Runs `script` in a fresh global scope exposing `instance.vars`, `task.vars`, `vars` (the same object as
    // event vars), `logInfo(msg)`, `logWarning(msg)`, `logError(msg)`. No file, network, module import, eval-based
    // escape to Qt objects, no `Qt`/`console`-to-stderr leaks. Stops with an error after `timeLimit` and as soon as
    // `*cancelled` becomes true (checked at least every 100 ms; a watchdog calls QJSEngine::setInterrupted).
    // A thrown exception or syntax error → Error whose message says "line N: <message>" (source name = `sourceName`).
    Result<ScriptOutcome> run(const QString &script, const ScriptScope &scope, std::chrono::milliseconds timeLimit,
                              const std::atomic<bool> *cancelled = nullptr, const QString &sourceName = {});
    // Evaluates a `<test>` condition expression over `vars` (and instance.vars, task.vars); truthiness per JS.
    Result<bool> condition(const QString &expression, const ScriptScope &scope,
                           std::chrono::milliseconds timeLimit = std::chrono::seconds(10),
                           const std::atomic<bool> *cancelled = nullptr);

    // At most this many lines are kept per run; further ones are dropped and a warning line says how many.
    static constexpr int maxLogLines = 10000;

private:
    ScriptWatchdog &watchdog(); // started on first use

    std::unique_ptr<ScriptWatchdog> m_watchdog;
};

} // namespace nightshift
