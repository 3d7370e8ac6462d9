// The sandboxed JavaScript runtime of <javascript> activities and <test> conditions.
#include "engine/scriptsandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace nightshift;

namespace {

QJsonObject object(const QVariantMap &map)
{
    return QJsonObject::fromVariantMap(map);
}

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", json);
    return document.object();
}

QVariantMap map(const char *json)
{
    return object(json).toVariantMap();
}

// The error of a run that must fail ("" when it succeeded).
QString runError(const QString &script, const ScriptScope &scope = {}, std::chrono::milliseconds limit = 10s)
{
    ScriptSandbox sandbox;
    const auto result = sandbox.run(script, scope, limit);
    return result ? QString() : result.error().message;
}

} // namespace

class TestScriptSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variablesRoundTrip()
    {
        ScriptSandbox sandbox;
        ScriptScope scope;
        scope.instance = map(R"({"count": 1, "names": ["a"]})");
        scope.task = map(R"({"list": [1, 2], "keep": "me"})");
        scope.vars = map(R"({"nested": {"a": {"b": "x"}}, "arr": [1, "two", null, true, {"k": 3}], "gone": 1})");
        const auto result = sandbox.run(uR"(
            instance.vars.count += 1;
            instance.vars.names.push('b');
            task.vars.list.push(task.vars.list.length + 1);
            vars.nested.a.c = [1.5, {deep: [true]}];
            vars.arr[4].k *= 2;
            vars.nothing = null;
            vars.dropped = undefined;
            vars.holes = [undefined, 1];
            vars.when = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
            vars['not an identifier'] = 'ok';
            delete vars.gone;
            'done'
        )"_s,
                                        scope, 10s);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(object(result->scope.instance), object(R"({"count": 2, "names": ["a", "b"]})"));
        QCOMPARE(object(result->scope.task), object(R"({"list": [1, 2, 3], "keep": "me"})"));
        QCOMPARE(object(result->scope.vars), object(R"({"nested": {"a": {"b": "x", "c": [1.5, {"deep": [true]}]}},
            "arr": [1, "two", null, true, {"k": 6}], "nothing": null, "holes": [null, 1],
            "when": "2026-01-02T03:04:05.000Z", "not an identifier": "ok"})"));
        QCOMPARE(result->value, QVariant(u"done"_s));
        QVERIFY(result->log.isEmpty());
    }

    void variablesReplaced()
    {
        ScriptSandbox sandbox;
        ScriptScope scope{map(R"({"i": 1})"), map(R"({"t": 1})"), map(R"({"v": 1})")};
        const auto result
            = sandbox.run(u"instance.vars = {}; task.vars = {fresh: [1]}; vars = {other: 'x'};"_s, scope, 10s);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(object(result->scope.instance), QJsonObject());
        QCOMPARE(object(result->scope.task), object(R"({"fresh": [1]})"));
        QCOMPARE(object(result->scope.vars), object(R"({"other": "x"})"));
    }

    void variablesMustStayObjects()
    {
        QVERIFY(runError(u"vars = 5"_s).contains(u"vars must stay an object"_s));
        QVERIFY(runError(u"task.vars = null"_s).contains(u"task.vars must stay an object"_s));
        QVERIFY(runError(u"instance.vars = [1]"_s).contains(u"instance.vars must stay an object"_s));
    }

    void completionValue()
    {
        ScriptSandbox sandbox;
        auto result = sandbox.run(u"var a = 2; a * 21"_s, {}, 10s);
        QVERIFY(result);
        QCOMPARE(result->value.toInt(), 42);
        result = sandbox.run(u"({list: [1, 'x']})"_s, {}, 10s);
        QVERIFY(result);
        QCOMPARE(object(result->value.toMap()), object(R"({"list": [1, "x"]})"));
        result = sandbox.run(u"var f = function () {}; f"_s, {}, 10s); // not representable: no value, no error
        QVERIFY(result);
        QVERIFY(!result->value.isValid());
        result = sandbox.run(u"vars.a = 1; void 0"_s, {}, 10s);
        QVERIFY(result);
        QVERIFY(!result->value.isValid());
        result = sandbox.run(u"null"_s, {}, 10s);
        QVERIFY(result);
        QVERIFY(result->value.isValid() && result->value.isNull());
    }

    void nonSerialisableVariables_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("function") << u"vars.f = function () {}"_s << u"vars.f holds a function"_s;
        QTest::newRow("function in array") << u"vars.list = [1, Math.max]"_s << u"vars.list[1] holds a function"_s;
        QTest::newRow("cyclic") << u"var o = {a: {}}; o.a.back = o; task.vars.o = o"_s
                                << u"task.vars.o.a.back refers back to an object that contains it"_s;
        QTest::newRow("map") << u"instance.vars['my map'] = new Map()"_s << u"instance.vars[\"my map\"] holds a Map"_s;
        QTest::newRow("symbol") << u"vars.s = Symbol('x')"_s << u"vars.s holds a symbol"_s;
        QTest::newRow("throwing getter") << u"vars.g = {get x() { throw new Error('no') }}"_s
                                         << u"cannot read vars.g.x: Error: no"_s;
        QTest::newRow("regexp") << u"vars.a = [{r: /x/}]"_s << u"vars.a[0].r holds a RegExp object"_s;
    }

    void nonSerialisableVariables()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        const QString error = runError(script);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void sharedReferencesAreNotCycles()
    {
        ScriptSandbox sandbox;
        const auto result = sandbox.run(u"var o = {a: 1}; vars.pair = [o, o]; vars.x = {p: o, q: o};"_s, {}, 10s);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(object(result->scope.vars),
                 object(R"({"pair": [{"a": 1}, {"a": 1}], "x": {"p": {"a": 1}, "q": {"a": 1}}})"));
    }

    void logFunctions()
    {
        ScriptSandbox sandbox;
        const auto result = sandbox.run(
            u"logInfo('started'); logWarning({rows: 3}); logError(42); logInfo(undefined); logInfo = null; logInfo('x'); logError(new TypeError('bad'))"_s,
            {}, 10s);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->log.size(), 6); // logInfo cannot be replaced
        QCOMPARE(result->log.at(0).level, JournalLevel::Info);
        QCOMPARE(result->log.at(0).message, u"started"_s);
        QCOMPARE(result->log.at(1).level, JournalLevel::Warning);
        QCOMPARE(result->log.at(1).message, u"{\"rows\":3}"_s);
        QCOMPARE(result->log.at(2).level, JournalLevel::Error);
        QCOMPARE(result->log.at(2).message, u"42"_s);
        QCOMPARE(result->log.at(3).message, u"undefined"_s);
        QCOMPARE(result->log.at(4).message, u"x"_s);
        QCOMPARE(result->log.at(5).message, u"TypeError: bad"_s);
    }

    void logIsCapped()
    {
        ScriptSandbox sandbox;
        const auto result = sandbox.run(
            u"for (var i = 0; i < %1 + 5; ++i) logInfo('line ' + i)"_s.arg(ScriptSandbox::maxLogLines), {}, 10s);
        QVERIFY(result);
        QCOMPARE(result->log.size(), ScriptSandbox::maxLogLines + 1);
        QCOMPARE(result->log.at(ScriptSandbox::maxLogLines - 1).message,
                 u"line %1"_s.arg(ScriptSandbox::maxLogLines - 1));
        QCOMPARE(result->log.last().level, JournalLevel::Warning);
        // "line(s)" until the English plurals are loaded.
        QVERIFY2(result->log.last().message.startsWith(u"5 further line"_s), qPrintable(result->log.last().message));
    }

    void exceptionsNameTheLine_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("throw Error") << u"var a = 1;\nvar b = 2;\nthrow new Error('boom');"_s
                                     << u"line 3: Error: boom"_s;
        QTest::newRow("type error in a function") << u"function f(o) {\n  return o.x.y;\n}\nf({});"_s
                                                  << u"line 2: TypeError: Cannot read property 'y' of undefined"_s;
        QTest::newRow("throw a string") << u"\n\nthrow 'plain';"_s << u"line 3: plain"_s;
        QTest::newRow("reference error") << u"vars.a = 1;\nmissing + 1"_s
                                         << u"line 2: ReferenceError: missing is not defined"_s;
        QTest::newRow("syntax error") << u"var a = 1;\nvar b = ;"_s << u"line 2: SyntaxError: "_s;
        QTest::newRow("unterminated string") << u"var a = 'x;"_s << u"line 1: SyntaxError: "_s;
    }

    void exceptionsNameTheLine()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        ScriptSandbox sandbox;
        const auto result = sandbox.run(script, {}, 10s, nullptr, u"compute"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().message.startsWith(expected), qPrintable(result.error().message));
        QCOMPARE(result.error().source, u"compute"_s);
        QCOMPARE(result.error().toString(), u"compute: "_s + result.error().message);
    }

    void deepRecursionIsAnError()
    {
        QVERIFY(runError(u"function f() { return f() + 1 }\nf()"_s).contains(u"RangeError"_s));
    }

    void infiniteLoopStopsAtTheTimeLimit_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("while") << u"while (true) {}"_s;
        QTest::newRow("caught") << u"for (;;) { try { while (true) {} } catch (e) { vars.caught = true } }"_s;
        QTest::newRow("getter while reading back") << u"vars.x = {get y() { for (;;) {} }}"_s;
    }

    void infiniteLoopStopsAtTheTimeLimit()
    {
        QFETCH(QString, script);
        ScriptSandbox sandbox;
        QElapsedTimer timer;
        timer.start();
        const auto result = sandbox.run(script, {}, 300ms);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!result);
        QCOMPARE(result.error().message, u"stopped after the time limit of 300 ms"_s);
        qInfo("stopped after %lld ms", elapsed);
        QVERIFY2(elapsed >= 300 && elapsed < 300 + 300, qPrintable(QString::number(elapsed)));
        // The sandbox is usable again at once.
        const auto again = sandbox.run(u"1 + 1"_s, {}, 10s);
        QVERIFY(again);
        QCOMPARE(again->value.toInt(), 2);
    }

    void timeLimitWording()
    {
        ScriptSandbox sandbox;
        const auto result = sandbox.run(u"while (true) {}"_s, {}, 1s);
        QVERIFY(!result);
        QCOMPARE(result.error().message, u"stopped after the time limit of 1 s"_s);
    }

    void cancelledFromAnotherThread()
    {
        ScriptSandbox sandbox;
        std::atomic<bool> cancelled = false;
        std::chrono::steady_clock::time_point cancelledAt;
        // The delay is the scenario (cancel a script that is already looping), not a synchronisation.
        std::thread canceller([&] {
            std::this_thread::sleep_for(200ms);
            cancelledAt = std::chrono::steady_clock::now();
            cancelled = true;
        });
        const auto started = std::chrono::steady_clock::now();
        const auto result = sandbox.run(u"while (true) {}"_s, {}, 1h, &cancelled);
        const auto ended = std::chrono::steady_clock::now();
        canceller.join();
        QVERIFY(!result);
        QCOMPARE(result.error().message, u"cancelled"_s);
        const auto latency = std::chrono::duration_cast<std::chrono::milliseconds>(ended - cancelledAt).count();
        qInfo("cancelled after %lld ms", static_cast<long long>(latency));
        QVERIFY(ended - started >= 200ms);
        QVERIFY2(latency < 300, qPrintable(QString::number(latency)));
    }

    void cancelledBeforeStarting()
    {
        ScriptSandbox sandbox;
        const std::atomic<bool> cancelled = true;
        const auto result = sandbox.run(u"vars.ran = true"_s, {}, 10s, &cancelled);
        QVERIFY(!result);
        QCOMPARE(result.error().message, u"cancelled"_s);
        const auto condition = sandbox.condition(u"true"_s, {}, 10s, &cancelled);
        QVERIFY(!condition);
        QCOMPARE(condition.error().message, u"cancelled"_s);
    }

    void noHostAccess_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"XMLHttpRequest", "require", "Qt", "console", "print", "gc", "qsTr", "QT_TR_NOOP",
                                 "setTimeout", "importScripts", "process", "fetch", "WebSocket", "Worker", "include"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void noHostAccess()
    {
        QFETCH(QString, name);
        ScriptSandbox sandbox;
        const auto result = sandbox.run(
            u"[typeof %1, eval('typeof %1'), Function('return this')().hasOwnProperty('%1')].join()"_s.arg(name), {},
            10s);
        QVERIFY(result);
        QCOMPARE(result->value.toString(), u"undefined,undefined,false"_s);
    }

    void noModuleImport()
    {
        QVERIFY(runError(u"import('/etc/passwd')"_s).contains(u"SyntaxError"_s));
        QVERIFY(runError(u"import * as fs from 'fs'"_s).contains(u"SyntaxError"_s));
        QVERIFY(runError(u"eval(\"import('/etc/passwd')\")"_s).contains(u"SyntaxError"_s));
    }

    void asynchronousCallbacksNeverRun()
    {
        ScriptSandbox sandbox;
        const auto result
            = sandbox.run(u"Promise.resolve(1).then(function (v) { vars.late = v; }); vars.now = 1;"_s, {}, 10s);
        QVERIFY(result);
        QCoreApplication::processEvents(); // the engine is gone: its pending reactions must not run or crash
        QCOMPARE(object(result->scope.vars), object(R"({"now": 1})"));
    }

    void freshGlobalsEachRun()
    {
        ScriptSandbox sandbox;
        QVERIFY(sandbox.run(uR"(
            var leaked = 1; sneaky = 2; function helper() {}
            Array.prototype.extra = 3; Math.max = function () { return 42; }; JSON.stringify = null;
            vars.x = 1;
        )"_s,
                            {}, 10s));
        const auto result = sandbox.run(
            u"[typeof leaked, typeof sneaky, typeof helper, typeof [].extra, Math.max(1, 2), typeof vars.x].join()"_s,
            {}, 10s);
        QVERIFY(result);
        QCOMPARE(result->value.toString(), u"undefined,undefined,undefined,undefined,2,undefined"_s);
        const auto condition = sandbox.condition(u"typeof leaked === 'undefined' && Math.max(1, 2) === 2"_s, {});
        QVERIFY(condition);
        QVERIFY(*condition);
    }

    void tamperingDoesNotChangeWhatIsReadBack()
    {
        ScriptSandbox sandbox;
        const auto result = sandbox.run(uR"(
            Object.prototype.toJSON = function () { return 'hijacked'; };
            Array.prototype.toJSON = function () { return 'hijacked'; };
            Object.keys = function () { return []; };
            JSON.stringify = function () { return '{}'; };
            String.prototype.slice = function () { return 'x'; };
            RegExp.prototype.exec = function () { return null; };
            vars.list = [1, {a: 2, 'b c': new Date(0)}];
            logInfo({rows: [1]});
        )"_s,
                                        {}, 10s);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(object(result->scope.vars), object(R"({"list": [1, {"a": 2, "b c": "1970-01-01T00:00:00.000Z"}]})"));
        QCOMPARE(result->log.size(), 1);
        QCOMPARE(result->log.at(0).message, u"{\"rows\":[1]}"_s);
    }

    void conditions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("expected");
        QTest::newRow("greater") << u"vars.rows > 1000"_s << true;
        QTest::newRow("not greater") << u"vars.rows > 5000"_s << false;
        QTest::newRow("empty string is falsy") << u"vars.name"_s << false;
        QTest::newRow("object is truthy") << u"vars.list"_s << true;
        QTest::newRow("zero is falsy") << u"vars.zero"_s << false;
        QTest::newRow("missing is falsy") << u"vars.missing"_s << false;
        QTest::newRow("instance and task") << u"instance.vars.flag && task.vars.n === 2"_s << true;
        QTest::newRow("trailing comment") << u"vars.rows === 1500 // many"_s << true;
        QTest::newRow("multi-line") << u"vars.rows > 1\n && vars.list.length === 0"_s << true;
    }

    void conditions()
    {
        QFETCH(QString, expression);
        QFETCH(bool, expected);
        ScriptSandbox sandbox;
        const ScriptScope scope{map(R"({"flag": true})"), map(R"({"n": 2})"),
                                map(R"({"rows": 1500, "name": "", "list": [], "zero": 0})")};
        const auto result = sandbox.condition(expression, scope);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(*result, expected);
    }

    void conditionErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        QTest::newRow("throws") << u"vars.missing.x > 1"_s
                                << u"line 1: TypeError: Cannot read property 'x' of undefined"_s;
        QTest::newRow("syntax") << u"vars.rows >"_s << u"line 2: SyntaxError: "_s;
        QTest::newRow("statements") << u"vars.a = 1; true"_s << u"line 1: SyntaxError: "_s;
        QTest::newRow("empty") << u"  "_s << u"the condition is empty"_s;
        QTest::newRow("endless") << u"(function () { for (;;) {} })()"_s << u"stopped after the time limit of 300 ms"_s;
    }

    void conditionErrors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        ScriptSandbox sandbox;
        const auto result = sandbox.condition(expression, {}, 300ms);
        QVERIFY(!result);
        QVERIFY2(result.error().message.startsWith(expected), qPrintable(result.error().message));
    }

    void fourSandboxesOnFourThreads()
    {
        constexpr int threads = 4;
        constexpr int runs = 10;
        struct Outcome
        {
            QList<qint64> sums;
            QString stopped;
            QList<bool> conditions;
        };
        std::array<Outcome, threads> outcomes;
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([t, &outcome = outcomes[static_cast<std::size_t>(t)]] {
                ScriptSandbox sandbox; // created, used and destroyed on this thread
                for (int r = 0; r < runs; ++r) {
                    ScriptScope scope;
                    scope.vars = {{u"n"_s, 1000 * (t + 1) + r}};
                    const auto result = sandbox.run(
                        u"var sum = 0; for (var i = 1; i <= vars.n; ++i) sum += i; vars.sum = sum; global = vars.n;"_s,
                        scope, 10s);
                    outcome.sums << (result ? result->scope.vars.value(u"sum"_s).toLongLong() : -1);
                    const auto condition = sandbox.condition(
                        u"typeof global === 'undefined' && vars.n === %1"_s.arg(1000 * (t + 1) + r), scope);
                    outcome.conditions << (condition && *condition);
                }
                const auto endless = sandbox.run(u"while (true) {}"_s, {}, 300ms);
                outcome.stopped = endless ? u"not stopped"_s : endless.error().message;
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        for (int t = 0; t < threads; ++t) {
            const Outcome &outcome = outcomes[static_cast<std::size_t>(t)];
            QCOMPARE(outcome.sums.size(), runs);
            for (int r = 0; r < runs; ++r) {
                const qint64 n = 1000 * (t + 1) + r;
                QCOMPARE(outcome.sums.at(r), n * (n + 1) / 2);
                QVERIFY(outcome.conditions.at(r));
            }
            QCOMPARE(outcome.stopped, u"stopped after the time limit of 300 ms"_s);
        }
    }

    // Figures for docs and the report: constructing a sandbox and running a trivial script or condition.
    void benchmarkRun()
    {
        QBENCHMARK
        {
            ScriptSandbox sandbox;
            const auto result = sandbox.run(u"vars.x = vars.x + 1"_s, {{}, {}, {{u"x"_s, 1}}}, 10s);
            QVERIFY(result && result->scope.vars.value(u"x"_s).toInt() == 2);
        }
    }

    void benchmarkCondition()
    {
        ScriptSandbox sandbox;
        QBENCHMARK
        {
            const auto result = sandbox.condition(u"vars.rows > 1000"_s, {{}, {}, {{u"rows"_s, 1500}}});
            QVERIFY(result && *result);
        }
    }
};

QTEST_GUILESS_MAIN(TestScriptSandbox)
#include "tst_scriptsandbox.moc"
