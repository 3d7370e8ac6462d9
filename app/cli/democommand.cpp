// nightshiftctl demo: fills the instance with deterministic demo data (app/demo), with a progress bar.
#include "clicontext.h"

#include "demo/demogenerator.h"

#include "core/accesspolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimeZone>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

// Ctrl+C (or SIGTERM) asks the generator to stop after the chunk it is writing; a second Ctrl+C kills.
std::atomic_bool g_interrupted{false};
static_assert(std::atomic_bool::is_always_lock_free);

void onInterrupt(int signalNumber)
{
    g_interrupted.store(true);
    std::signal(signalNumber, SIG_DFL);
}

// A bar redrawn in place on a terminal; elsewhere a line per step and per tenth of the work.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(QTextStream &out) : m_out(out), m_tty(isatty(STDOUT_FILENO) == 1) { m_clock.start(); }

    void show(const DemoProgress &p)
    {
        const int percent = p.total > 0 ? int(p.done * 100 / p.total) : 100;
        if (m_tty) {
            if (m_clock.elapsed() - m_lastDraw < 100 && p.done < p.total && p.step == m_step)
                return;
            m_lastDraw = m_clock.elapsed();
            m_step = p.step;
            constexpr int width = 30;
            const int filled = percent * width / 100;
            m_out << '\r' << '[' << QString(filled, u'#') << QString(width - filled, u'.') << "] "
                  << QString::number(percent).rightJustified(3) << "%  "
                  << Text::tr("%1 of %2 rows, %3")
                         .arg(m_locale.toString(p.done), m_locale.toString(p.total), p.step)
                         .leftJustified(60)
                  << Qt::flush;
            return;
        }
        if (p.step != m_step || percent / 10 != m_lastTenth) {
            m_step = p.step;
            m_lastTenth = percent / 10;
            m_out << Text::tr("%1%  %2 of %3 rows, %4").arg(percent).arg(p.done).arg(p.total).arg(p.step) << Qt::endl;
        }
    }
    void finish()
    {
        if (m_tty)
            m_out << '\n' << Qt::flush;
    }

private:
    QTextStream &m_out;
    bool m_tty;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1'000;
    int m_lastTenth = -1;
    QString m_step;
    QLocale m_locale;
};

int runDemo(const QCommandLineParser &args, const QStringList &, CliContext &ctx)
{
    if (!args.isSet(u"scale"_s))
        return ctx.usageError(Text::tr("give the size with --scale small|medium|large|ROWS"));
    auto scale = DemoScale::parse(args.value(u"scale"_s));
    if (!scale)
        return ctx.usageError(scale.error().message);
    DemoOptions options;
    options.scale = *scale;
    if (args.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = args.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return ctx.usageError(
                Text::tr("the seed must be a whole number from 0, not \"%1\"").arg(args.value(u"seed"_s)));
    }
    if (args.isSet(u"anchor"_s)) {
        const QDate day = QDate::fromString(args.value(u"anchor"_s), Qt::ISODate);
        if (!day.isValid())
            return ctx.usageError(
                Text::tr("the anchor must be a date such as 2026-05-01, not \"%1\"").arg(args.value(u"anchor"_s)));
        options.anchorMs = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    options.trackingFolder = args.value(u"tracking-folder"_s);

    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    if (auto allowed = AccessPolicy::checkAdministration(session->principal, Text::tr("generate demo data")); !allowed)
        return ctx.failWith(allowed.error().message);

    DemoGenerator generator(*session->instance, options);
    ProgressPrinter printer(ctx.out());
    generator.onProgress([&printer](const DemoProgress &p) { printer.show(p); });
    g_interrupted.store(false);
    generator.setCancelFlag(&g_interrupted);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QElapsedTimer clock;
    clock.start();
    const Status done = generator.run();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    printer.finish();
    if (!done)
        return ctx.failWith(done.error().message);

    if (generator.alreadyComplete())
        ctx.out() << Text::tr("This instance already holds this demo (seed %1, scale %2); nothing to do.")
                         .arg(options.seed)
                         .arg(options.scale.name)
                  << '\n';
    auto counts = DemoGenerator::rowCounts(*session->instance);
    if (!counts)
        return ctx.failWith(counts.error().message);
    qint64 total = 0;
    for (const DemoTableCount &c : *counts) {
        ctx.out() << u"  %1 %2"_s.arg(c.table, -22).arg(c.rows, 12) << '\n';
        total += c.rows;
    }
    ctx.out() << Text::tr("Demo data anchored at %1 (seed %2); redirection-server files in %3")
                     .arg(QDateTime::fromMSecsSinceEpoch(generator.anchor(), QTimeZone::utc()).toString(Qt::ISODate))
                     .arg(options.seed)
                     .arg(generator.trackingFolder())
              << '\n';
    const double seconds = std::max<qint64>(1, clock.elapsed()) / 1000.0;
    ctx.out() << Text::tr("%1 rows in the instance; %2 rows written in %3 s (%4 rows/s)")
                     .arg(total)
                     .arg(generator.rowsWritten())
                     .arg(seconds, 0, 'f', 1)
                     .arg(qint64(double(generator.rowsWritten()) / seconds))
              << Qt::endl;
    return Success;
}

} // namespace

QList<Command> demoCommands()
{
    return {
        {{u"demo"_s},
         Text::tr("Fill the instance with deterministic demo data (resumable; needs ADMINISTRATION)"),
         {},
         [](QCommandLineParser &p) {
             p.addOption({u"scale"_s,
                          Text::tr("small (50,000 broad logs), medium (1 M), large (10 M) or a number of "
                                   "broad logs; every other table is sized from it."),
                          Text::tr("scale")});
             p.addOption({u"seed"_s,
                          Text::tr("Seed of the data (default 1): the same seed and scale give the same rows."),
                          Text::tr("n")});
             p.addOption(
                 {u"anchor"_s, Text::tr("The day the data treats as today (default: today, UTC)."), Text::tr("date")});
             p.addOption({u"tracking-folder"_s,
                          Text::tr("Folder for the redirection-server log files (default: the tracking.logFolder "
                                   "option, else next to a SQLite instance)."),
                          Text::tr("dir")});
         },
         runDemo},
    };
}

} // namespace nightshift::cli
