#include "scriptsandbox.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJSValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::ScriptSandbox)
};

// Runs in every fresh engine before the script: defines the globals the script sees and keeps the log lines
// out of its reach. Every built-in it needs is captured here, before the script can replace it. A run adds
// preludeExport (not compiled for conditions, which read nothing back; compiling costs about 1 ms).
const QString preludeHead = uR"js(
(function (g, instanceJson, taskJson, varsJson, maxLines) {
    'use strict';
    var parse = JSON.parse, stringify = JSON.stringify, create = Object.create, ownNames = Object.getOwnPropertyNames,
        defineProperty = Object.defineProperty, seal = Object.seal, toText = String, isNotANumber = isNaN;
    var call = Function.prototype.call;
    var tagOf = call.bind(Object.prototype.toString);
    var isEnumerable = call.bind(Object.prototype.propertyIsEnumerable);

    var api = create(null), lines = [], dropped = 0, describe = toText;
    function logger(level) {
        return function (message) {
            var line = typeof message === 'string' ? message : describe(message);
            if (lines.length < maxLines)
                lines[lines.length] = [level, line];
            else
                ++dropped;
        };
    }
    api.log = function () {
        var out = '[';
        for (var i = 0; i < lines.length; ++i)
            out += (i > 0 ? ',' : '') + '[' + lines[i][0] + ',' + stringify(lines[i][1]) + ']';
        return out + ']';
    };
    api.dropped = function () { return dropped; };

    var instance = seal({vars: parse(instanceJson)});
    var task = seal({vars: parse(taskJson)});
    function constant(name, value) {
        defineProperty(g, name, {value: value, writable: false, enumerable: false, configurable: false});
    }
    constant('instance', instance);
    constant('task', task);
    constant('logInfo', logger(1));
    constant('logWarning', logger(2));
    constant('logError', logger(3));
    defineProperty(g, 'vars', {value: parse(varsJson), writable: true, enumerable: false, configurable: false});
)js"_s;

// Reads the variables back as JSON text, written by hand (JSON.stringify only for primitives) so that no
// toJSON or replaced built-in of the script changes what is read back. Object.getOwnPropertyNames, because
// Object.keys of this engine runs getters.
const QString preludeExport = uR"js(
    var isoOf = call.bind(Date.prototype.toISOString);
    var timeOf = call.bind(Date.prototype.getTime);
    var sliceOf = call.bind(String.prototype.slice);
    var codeAt = call.bind(String.prototype.charCodeAt);
    function isIdentifier(name) {
        for (var i = 0; i < name.length; ++i) {
            var c = codeAt(name, i);
            var letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
            if (!letter && !(i > 0 && c >= 48 && c <= 57))
                return false;
        }
        return name.length > 0;
    }
    var stop = {}, problemPath = '', problemKind = '', currentPath = '';
    function problem(path, kind) {
        problemPath = path;
        problemKind = kind;
        throw stop;
    }
    function member(path, key) {
        return isIdentifier(key) ? path + '.' + key : path + '[' + stringify(key) + ']';
    }
    // The JSON text of a value, or undefined for undefined (dropped from objects, null in arrays).
    function serialised(value, path, ancestors) {
        switch (typeof value) {
        case 'undefined':
            return undefined;
        case 'string': case 'number': case 'boolean':
            return stringify(value); // NaN and Infinity become null
        case 'function': case 'symbol': case 'bigint':
            problem(path, typeof value);
        }
        if (value === null)
            return 'null';
        var tag = tagOf(value), i, out;
        if (tag === '[object Date]')
            return isNotANumber(timeOf(value)) ? 'null' : stringify(isoOf(value));
        if (tag === '[object String]' || tag === '[object Number]' || tag === '[object Boolean]')
            return stringify(parse(stringify(value)));
        if (tag !== '[object Array]' && tag !== '[object Object]')
            problem(path, sliceOf(tag, 8, -1));
        for (i = 0; i < ancestors.length; ++i) {
            if (ancestors[i] === value)
                problem(path, 'cycle');
        }
        ancestors[ancestors.length] = value;
        if (tag === '[object Array]') {
            out = '[';
            var length = value.length;
            for (i = 0; i < length; ++i) {
                currentPath = path + '[' + i + ']';
                var item = serialised(value[i], currentPath, ancestors);
                out += (i > 0 ? ',' : '') + (item === undefined ? 'null' : item);
            }
            out += ']';
        } else {
            out = '{';
            var names = ownNames(value), first = true;
            for (i = 0; i < names.length; ++i) {
                if (!isEnumerable(value, names[i]))
                    continue;
                currentPath = member(path, names[i]);
                var property = serialised(value[names[i]], currentPath, ancestors);
                if (property !== undefined) {
                    out += (first ? '' : ',') + stringify(names[i]) + ':' + property;
                    first = false;
                }
            }
            out += '}';
        }
        ancestors.length = ancestors.length - 1;
        return out;
    }
    function exported(value, path, mustBeObject) {
        var result = create(null);
        if (mustBeObject && (value === null || typeof value !== 'object' || tagOf(value) !== '[object Object]')) {
            result.path = path;
            result.kind = 'not-object';
            result.type = value === null ? 'null' : tagOf(value) === '[object Array]' ? 'array' : typeof value;
            return result;
        }
        try {
            currentPath = path;
            var json = serialised(value, path, []);
            result.json = '[' + (json === undefined ? 'null' : json) + ']';
        } catch (e) {
            if (e === stop) {
                result.path = problemPath;
                result.kind = problemKind;
            } else {
                result.path = currentPath;
                result.kind = 'exception';
                result.message = describe(e);
            }
        }
        return result;
    }
    // Objects are logged as JSON when they can be, errors and the rest as their text.
    describe = function (message) {
        if (message !== null && typeof message === 'object' && tagOf(message) !== '[object Error]') {
            try {
                var json = serialised(message, '', []);
                if (json !== undefined)
                    return json;
            } catch (e) {
            }
        }
        return toText(message);
    };
    api.scope = function () {
        return [exported(instance.vars, 'instance.vars', true), exported(task.vars, 'task.vars', true),
                exported(g.vars, 'vars', true)];
    };
    api.value = function (value) { return exported(value, 'value', false); };
)js"_s;

const QString preludeTail = u"    return api;\n})\n"_s;

QString formatLimit(std::chrono::milliseconds limit)
{
    const qint64 ms = limit.count();
    if (ms % 1000 != 0)
        return Text::tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s >= 3600 && s % 3600 == 0)
        return Text::tr("%1 h").arg(s / 3600);
    if (s >= 60 && s % 60 == 0)
        return Text::tr("%1 min").arg(s / 60);
    return Text::tr("%1 s").arg(s);
}

QString json(const QVariantMap &map)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

// The line of an uncaught exception: the error's own line, else the innermost frame of the stack trace
// ("function:line:column:file").
qint64 exceptionLine(const QJSValue &thrown, const QStringList &stack)
{
    if (thrown.isError()) {
        const int line = thrown.property(u"lineNumber"_s).toInt();
        if (line > 0)
            return line;
    }
    static const QRegularExpression frame(u"^[^:]*:(\\d+):"_s);
    if (!stack.isEmpty())
        if (const auto match = frame.match(stack.first()); match.hasMatch())
            return match.captured(1).toLongLong();
    return 0;
}

Error exceptionError(const QJSValue &thrown, const QStringList &stack, const QString &sourceName)
{
    const qint64 line = exceptionLine(thrown, stack);
    const QString what = thrown.toString();
    return Error{line > 0 ? Text::tr("line %1: %2").arg(line).arg(what) : what, sourceName, 0, 0};
}

Error plainError(QString message)
{
    return Error{std::move(message), {}, 0, 0};
}

Error conversionError(const QJSValue &result)
{
    const QString path = result.property(u"path"_s).toString();
    const QString kind = result.property(u"kind"_s).toString();
    const QString kept = Text::tr("variables hold numbers, strings, booleans, null, arrays and objects");
    if (kind == u"function"_s)
        return plainError(Text::tr("%1 holds a function, which a variable cannot keep (%2)").arg(path, kept));
    if (kind == u"symbol"_s || kind == u"bigint"_s)
        return plainError(Text::tr("%1 holds a %2, which a variable cannot keep (%3)").arg(path, kind, kept));
    if (kind == u"cycle"_s)
        return plainError(
            Text::tr("%1 refers back to an object that contains it (a cyclic object), which a variable cannot keep")
                .arg(path));
    if (kind == u"not-object"_s) {
        const QString type = result.property(u"type"_s).toString();
        return plainError(Text::tr("%1 must stay an object (the script set it to %2)")
                              .arg(path, type == u"array"_s ? Text::tr("an array") : type));
    }
    if (kind == u"exception"_s)
        return plainError(Text::tr("cannot read %1: %2").arg(path, result.property(u"message"_s).toString()));
    return plainError(Text::tr("%1 holds a %2 object, which a variable cannot keep (%3)").arg(path, kind, kept));
}

// The JSON text of an exported value, as a QVariant.
std::optional<QVariant> parsedValue(const QJSValue &result)
{
    const QJSValue text = result.property(u"json"_s);
    if (!text.isString())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8());
    if (!document.isArray() || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0).toVariant();
}

} // namespace

// One thread per sandbox that interrupts the engine of the current call at its time limit, or when it is
// cancelled. The engine pointer is only used under the mutex, and disarm() takes the mutex before the
// engine is destroyed, so the watchdog never touches a dead engine.
class ScriptWatchdog
{
public:
    enum class Stop { None, TimeLimit, Cancelled };
    static constexpr auto tick = 50ms;

    ScriptWatchdog() : m_thread([this] { loop(); }) { }
    ~ScriptWatchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ScriptWatchdog(const ScriptWatchdog &) = delete;
    ScriptWatchdog &operator=(const ScriptWatchdog &) = delete;

    void arm(QJSEngine *engine, std::chrono::milliseconds limit, const std::atomic<bool> *cancelled)
    {
        {
            std::lock_guard lock(m_mutex);
            m_engine = engine;
            m_deadline = std::chrono::steady_clock::now() + limit;
            m_cancelled = cancelled;
            m_stop = Stop::None;
        }
        m_changed.notify_all();
    }

    // Why the engine was interrupted, if it was; the watchdog no longer touches it afterwards.
    Stop disarm()
    {
        std::lock_guard lock(m_mutex);
        m_engine = nullptr;
        m_cancelled = nullptr;
        return m_stop;
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        while (!m_quit) {
            if (!m_engine || m_stop != Stop::None) {
                m_changed.wait(lock);
                continue;
            }
            const auto now = std::chrono::steady_clock::now();
            if (m_cancelled && m_cancelled->load())
                m_stop = Stop::Cancelled;
            else if (now >= m_deadline)
                m_stop = Stop::TimeLimit;
            if (m_stop != Stop::None)
                m_engine->setInterrupted(true);
            else
                m_changed.wait_until(lock, std::min(m_deadline, now + tick));
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    QJSEngine *m_engine = nullptr;
    std::chrono::steady_clock::time_point m_deadline;
    const std::atomic<bool> *m_cancelled = nullptr;
    Stop m_stop = Stop::None;
    bool m_quit = false;
    std::thread m_thread; // last: starts once the members above exist
};

namespace {

// One call: a fresh engine on the calling thread, watched from construction to destruction, with the
// prelude run over the scope.
class Session
{
public:
    Session(ScriptWatchdog &watchdog, std::chrono::milliseconds limit, const std::atomic<bool> *cancelled)
        : m_watchdog(watchdog), m_limit(limit)
    {
        m_watchdog.arm(&m_engine, limit, cancelled);
    }
    ~Session() { m_watchdog.disarm(); }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    QJSEngine &engine() { return m_engine; }
    const QJSValue &api() const { return m_api; }

    // `readBack`: whether the script's variables and value are read back afterwards (api.scope, api.value).
    Result<void> prepare(const ScriptScope &scope, bool readBack)
    {
        static const QString withExport = preludeHead + preludeExport + preludeTail;
        static const QString withoutExport = preludeHead + preludeTail;
        QJSValue setup = m_engine.evaluate(readBack ? withExport : withoutExport, u"sandbox"_s);
        if (!m_engine.isInterrupted() && setup.isCallable())
            m_api = setup.call({m_engine.globalObject(), json(scope.instance), json(scope.task), json(scope.vars),
                                ScriptSandbox::maxLogLines});
        if (m_engine.isInterrupted())
            return std::unexpected(stopped());
        if (!m_api.isObject())
            return fail(Text::tr("the JavaScript sandbox could not be prepared: %1").arg(m_api.toString()));
        return {};
    }

    // Evaluates `program`: its completion value, or the error of an uncaught exception, time limit or
    // cancellation.
    Result<QJSValue> evaluate(const QString &program, const QString &fileName, const QString &errorSource)
    {
        QStringList stack;
        QJSValue value = m_engine.evaluate(program, fileName, 1, &stack);
        if (m_engine.isInterrupted())
            return std::unexpected(stopped());
        if (!stack.isEmpty())
            return std::unexpected(exceptionError(value, stack, errorSource));
        return value;
    }

    // Calls an api function; fails when the watchdog stopped it.
    Result<QJSValue> call(const QString &function, const QJSValueList &arguments = {})
    {
        QJSValue value = m_api.property(function).call(arguments);
        if (m_engine.isInterrupted())
            return std::unexpected(stopped());
        if (value.isError()) // a bug of the prelude: the script's own errors are caught there
            return fail(Text::tr("the JavaScript sandbox failed to read the script's variables back: %1")
                            .arg(value.toString()));
        return value;
    }

    // The error of a call the watchdog stopped.
    Error stopped()
    {
        if (m_watchdog.disarm() == ScriptWatchdog::Stop::TimeLimit)
            return plainError(Text::tr("stopped after the time limit of %1").arg(formatLimit(m_limit)));
        return plainError(Text::tr("cancelled"));
    }

    // Whether the watchdog stopped the call by now; it does not touch the engine afterwards.
    std::optional<Error> finish()
    {
        if (m_watchdog.disarm() == ScriptWatchdog::Stop::None)
            return std::nullopt;
        return stopped();
    }

private:
    ScriptWatchdog &m_watchdog;
    std::chrono::milliseconds m_limit;
    QJSEngine m_engine;
    QJSValue m_api; // destroyed before the engine
};

bool isCancelled(const std::atomic<bool> *cancelled)
{
    return cancelled && cancelled->load();
}

} // namespace

ScriptSandbox::ScriptSandbox() = default;
ScriptSandbox::~ScriptSandbox() = default;

ScriptWatchdog &ScriptSandbox::watchdog()
{
    if (!m_watchdog)
        m_watchdog = std::make_unique<ScriptWatchdog>();
    return *m_watchdog;
}

Result<ScriptOutcome> ScriptSandbox::run(const QString &script, const ScriptScope &scope,
                                         std::chrono::milliseconds timeLimit, const std::atomic<bool> *cancelled,
                                         const QString &sourceName)
{
    if (isCancelled(cancelled))
        return fail(Text::tr("cancelled"));
    Session session(watchdog(), timeLimit, cancelled);
    if (auto prepared = session.prepare(scope, true); !prepared)
        return std::unexpected(prepared.error());
    const auto completion = session.evaluate(script, sourceName.isEmpty() ? u"script"_s : sourceName, sourceName);
    if (!completion)
        return std::unexpected(completion.error());

    // Read back while the watchdog still watches: getters and proxies run script code.
    const auto exportedScope = session.call(u"scope"_s);
    if (!exportedScope)
        return std::unexpected(exportedScope.error());
    const auto exportedValue = session.call(u"value"_s, {*completion});
    if (!exportedValue)
        return std::unexpected(exportedValue.error());
    const auto log = session.call(u"log"_s);
    if (!log)
        return std::unexpected(log.error());
    const auto dropped = session.call(u"dropped"_s);
    if (!dropped)
        return std::unexpected(dropped.error());
    if (auto stopped = session.finish())
        return std::unexpected(*stopped);

    ScriptOutcome outcome;
    QVariantMap *const roots[] = {&outcome.scope.instance, &outcome.scope.task, &outcome.scope.vars};
    for (quint32 i = 0; i < 3; ++i) {
        const QJSValue root = exportedScope->property(i);
        const auto value = parsedValue(root);
        if (!value) {
            Error error = conversionError(root);
            error.source = sourceName;
            return std::unexpected(error);
        }
        *roots[i] = value->toMap();
    }
    if (!completion->isUndefined())
        if (const auto value = parsedValue(*exportedValue))
            outcome.value = *value;

    const QJsonArray lines = QJsonDocument::fromJson(log->toString().toUtf8()).array();
    outcome.log.reserve(lines.size() + 1);
    for (const QJsonValue &line : lines) {
        const QJsonArray pair = line.toArray();
        outcome.log.append({static_cast<JournalLevel>(pair.at(0).toInt()), pair.at(1).toString()});
    }
    if (const int more = dropped->toInt(); more > 0)
        outcome.log.append(
            {JournalLevel::Warning,
             Text::tr("%n further line(s) logged by the script were dropped (at most %1 are kept)", nullptr, more)
                 .arg(maxLogLines)});
    return outcome;
}

Result<bool> ScriptSandbox::condition(const QString &expression, const ScriptScope &scope,
                                      std::chrono::milliseconds timeLimit, const std::atomic<bool> *cancelled)
{
    if (expression.trimmed().isEmpty())
        return fail(Text::tr("the condition is empty"));
    if (isCancelled(cancelled))
        return fail(Text::tr("cancelled"));
    Session session(watchdog(), timeLimit, cancelled);
    if (auto prepared = session.prepare(scope, false); !prepared)
        return std::unexpected(prepared.error());
    // Parenthesised so that it must be one expression; the newline lets it end with a // comment.
    const auto value = session.evaluate(u'(' + expression + u"\n)"_s, u"condition"_s, {});
    if (!value)
        return std::unexpected(value.error());
    const bool truth = value->toBool();
    if (auto stopped = session.finish())
        return std::unexpected(*stopped);
    return truth;
}

} // namespace nightshift
