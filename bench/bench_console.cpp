// bench_console (`console`): the console on a large instance. Generates once (and reuses) a SQLite instance with
// 20,000 workflows, 1,000,000 runs and 10,000,000 journal lines, then starts itself again as a fresh process that
// measures: process start to the window shown and to an interactive main window (tree and list of every workflow
// painted; the GUI thread's longest stall meanwhile), the trigger column filling in, filter keystrokes in the
// workflow list (narrowing and widening), a refresh, opening the journal (first page shown) and searching it, and
// the peak memory, with CPU times beside the wall times (the GUI thread's per keystroke; every thread's up to
// interactive), since on a shared machine the wall time mostly measures the wait for a core, and with each stall
// the three longest event dispatches of the GUI thread in it (what they were, wall and CPU time). Each keystroke,
// like "interactive", includes exactly one paint of the list. With
// QT_LOGGING_RULES="nightshift.ui.debug=true" the console logs where its loading goes. Prints figures; asserts
// nothing. Targets (issue #5): ≤ 1 s, ≤ 30 ms, ≤ 1 s, ≤ 300 MB, and no GUI-thread stall above ~16 ms.
//
//   bench_console [--data FILE (<build>/bench-data/console.sqlite)] [--workflows N] [--runs N] [--lines N]
//                 [--regenerate]
#include "benchsupport.h"
#include "consoledata.h"
#include "history/historyview.h"
#include "history/runsmodel.h"
#include "journal/journalmodel.h"
#include "journal/journalview.h"
#include "mainwindow.h"
#include "store/instance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QMetaEnum>
#include <QProcess>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nightshift;
using bench::check;
using bench::die;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Runs the event loop until `done` or the time is up; returns the milliseconds it took.
double waitFor(const std::function<bool()> &done, int timeoutMs = 120'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread (the GUI thread), in ms: on a loaded machine the wall time mostly measures the
// wait for a core, this what the work costs.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The GUI thread's longest event dispatches since start(), outermost only, with what they were (event type and
// receiver) and the GUI thread's CPU time in them: a stall is one of these, or a few back to back, or a wait for a
// core (wall time well above the CPU time).
class SlicedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    void start()
    {
        m_top.clear();
        m_paintCpu.clear();
        m_recording = true;
    }
    QString stop() // "21.3 ms (CPU 20.1 ms) UpdateRequest → nightshift::MainWindow, …"
    {
        m_recording = false;
        QStringList slices;
        for (const Slice &slice : std::as_const(m_top))
            slices << u"%1 ms (CPU %2 ms) %3"_s.arg(slice.ms, 0, 'f', 1).arg(slice.cpuMs, 0, 'f', 1).arg(slice.what);
        return slices.isEmpty() ? u"none"_s : slices.join(u", "_s);
    }
    // The widgets whose paint events cost the most CPU since start(): "workflows 4.2 ms (1), explorer 1.6 ms (1), …".
    QString paints() const
    {
        QList<std::pair<double, QString>> costs;
        for (auto it = m_paintCpu.cbegin(); it != m_paintCpu.cend(); ++it)
            costs.append({it->first, u"%1 %2 ms (%3)"_s.arg(it.key()).arg(it->first, 0, 'f', 1).arg(it->second)});
        std::sort(costs.begin(), costs.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList top;
        for (qsizetype i = 0; i < std::min<qsizetype>(costs.size(), 4); ++i)
            top << costs.at(i).second;
        return top.isEmpty() ? u"none"_s : top.join(u", "_s);
    }
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_recording && event->type() == QEvent::Paint && QThread::currentThread() == thread())
            return timedPaint(receiver, event);
        if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
            return dispatch(receiver, event);
        return timedDispatch(receiver, event);
    }

private:
    struct Slice
    {
        double ms = 0;
        double cpuMs = 0;
        QString what;
    };
    bool timedDispatch(QObject *receiver, QEvent *event)
    {
        // Named before the dispatch: the receiver may be gone after it (a deferred delete).
        const QEvent::Type type = event->type();
        const char *className = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        const bool result = dispatch(receiver, event);
        const Slice slice{.ms = double(timer.nsecsElapsed()) / 1e6, .cpuMs = threadCpuMs() - cpu, .what = {}};
        if (m_top.size() < 3 || slice.ms > m_top.last().ms) {
            m_top.append(slice);
            const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            m_top.last().what = u"%1 → %2%3"_s.arg(QString::fromLatin1(typeName), QString::fromLatin1(className),
                                                  name.isEmpty() ? QString() : u" \""_s + name + u'"');
            std::sort(m_top.begin(), m_top.end(), [](const Slice &a, const Slice &b) { return a.ms > b.ms; });
            m_top.resize(std::min<qsizetype>(m_top.size(), 3));
        }
        return result;
    }

    // Paint events come one widget at a time (a parent's paint does not contain its children's), so their CPU times
    // add up. A view's viewport is named after its view.
    bool timedPaint(QObject *receiver, QEvent *event)
    {
        QObject *named = receiver->objectName() == u"qt_scrollarea_viewport"_s ? receiver->parent() : receiver;
        const QString name = named->objectName().isEmpty() ? QString::fromLatin1(named->metaObject()->className())
                                                           : named->objectName();
        const double cpu = threadCpuMs();
        const bool result = m_depth > 0 ? dispatch(receiver, event) : timedDispatch(receiver, event);
        auto &[ms, count] = m_paintCpu[name];
        ms += threadCpuMs() - cpu;
        ++count;
        return result;
    }
    bool dispatch(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }
    bool m_recording = false;
    int m_depth = 0;
    QList<Slice> m_top; // longest first
    QHash<QString, std::pair<double, int>> m_paintCpu; // widget → CPU ms and paint events
};

// The longest the GUI thread went without serving a 4-ms timer while it ran: what an operator feels as a freeze.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(4);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longest = std::max(m_longest, double(m_since.nsecsElapsed()) / 1e6 - 4.0);
            m_since.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
        static_cast<SlicedApplication *>(qApp)->start();
    }
    QString slices() const { return m_slices; } // the longest dispatches up to the last stop()
    QString paints() const { return m_paints; } // the costliest widgets' paints up to the last stop()
    double stop() // counts the time since the last tick too: a stall may run up to the stop
    {
        m_paints = static_cast<SlicedApplication *>(qApp)->paints();
        m_slices = static_cast<SlicedApplication *>(qApp)->stop();
        m_timer.stop();
        m_longest = std::max(m_longest, double(m_since.nsecsElapsed()) / 1e6 - 4.0);
        return std::max(0.0, m_longest);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
    QString m_slices;
    QString m_paints;
};

struct PaintCounter : QObject
{
    explicit PaintCounter(QObject *target) { target->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
    int count = 0;
};

// Runs the event loop until it painted the list once, as it does on screen after a change (a layout on a 0-ms
// timer, then the window's update request); paints it when the loop had nothing to paint there (the rows did not
// change), so that every figure includes one paint of the list, as this bench always counted.
void untilPainted(PaintCounter &paints, QWidget *list)
{
    paints.count = 0;
    for (int turn = 0; turn < 3 && paints.count == 0; ++turn)
        QCoreApplication::processEvents();
    if (paints.count == 0)
        list->repaint();
}

QString median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return u"median %1 ms, worst %2 ms"_s.arg(values.at(values.size() / 2), 0, 'f', 1).arg(values.last(), 0, 'f', 1);
}

// CPU time of the whole process (every thread), user + system, in ms.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// The measuring process: started fresh, so its start-up is the console's.
int measure(const QString &path)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    auto location = check(InstanceLocation::parse(path));
    auto instance = check(Instance::open(location, Instance::OpenMode::MustExist));

    // Interactive = the window is shown with the explorer tree and the list of every workflow painted, and the GUI
    // thread answers (its longest stall is printed): the trigger column may still be filling in (printed apart).
    MainWindow window;
    bool loaded = false, triggers = false;
    QObject::connect(&window, &MainWindow::snapshotLoaded, &window, [&loaded] { loaded = true; });
    QObject::connect(&window, &MainWindow::triggersLoaded, &window, [&triggers] { triggers = true; });
    QObject::connect(&window, &MainWindow::loadFailed, &window, [](const QString &message) { die(message); });
    PaintCounter listPaints(window.workflowView()->viewport());
    StallMeter stalls;
    stalls.start();
    window.resize(1360, 800);
    window.show();
    window.showInstance(instance);
    QCoreApplication::processEvents(); // the first paint: tree and list still empty, "Loading the instance…"
    print(u"shown"_s);
    const double firstPaintStall = stalls.stop(); // the window's first paint (style, fonts): before any data
    print(u"window shown: %1 ms after main(); its first paint held the GUI thread %2 ms"_s.arg(sinceMain.elapsed())
              .arg(firstPaintStall, 0, 'f', 1));
    stalls.start(); // from here: what the snapshot costs the GUI thread
    waitFor([&] { return loaded; });
    untilPainted(listPaints, window.workflowView()->viewport()); // the first paint with the snapshot
    print(u"ready"_s); // the parent's clock stops here
    const double interactiveStall = stalls.stop();
    print(u"main window interactive: %1 ms after main(); longest GUI-thread stall since shown %2 ms (longest "
          "dispatches: %3); CPU so far: %4 ms in all threads, %5 ms in the GUI thread"_s
              .arg(sinceMain.elapsed())
              .arg(interactiveStall, 0, 'f', 1)
              .arg(stalls.slices())
              .arg(processCpuMs(), 0, 'f', 0)
              .arg(threadCpuMs(), 0, 'f', 0));
    print(u"the paints meanwhile, CPU by widget (paint events): %1"_s.arg(stalls.paints()));
    print(u"workflows listed: %1"_s.arg(window.workflowView()->model()->rowCount()));
    stalls.start();
    // Refresh stays disabled while the loader still reads (the triggers, when they follow the list).
    const double filling = waitFor([&] { return triggers || window.refreshAction()->isEnabled(); });
    QCoreApplication::processEvents();
    const double fillingStall = stalls.stop();
    print(triggers ? u"trigger column filled: %1 ms later (%2 ms after main()); longest GUI-thread stall meanwhile "
                     "%3 ms (%4)"_s.arg(filling, 0, 'f', 0)
                         .arg(sinceMain.elapsed())
                         .arg(fillingStall, 0, 'f', 1)
                         .arg(stalls.slices())
                   : u"trigger column: came with the snapshot"_s);

    // Filter keystrokes: each one filters the 20,000 workflows and repaints the list; typing narrows the list,
    // Backspace widens it again (rows come back and are sorted in).
    QList<double> cpu; // of the GUI thread, per keystroke
    const auto keystroke = [&window, &cpu, &listPaints](const std::function<void()> &press) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMs();
        press();
        untilPainted(listPaints, window.workflowView()->viewport());
        cpu << threadCpuMs() - cpuBefore;
        return double(timer.nsecsElapsed()) / 1e6;
    };
    QList<double> typed, erased;
    QStringList counts;
    for (const QChar c : u"bench1"_s) {
        typed << keystroke([&] { QTest::keyClick(window.filterEdit(), c.toLatin1()); });
        counts << QString::number(window.workflowView()->model()->rowCount());
    }
    for (int i = 0; i < 6; ++i)
        erased << keystroke([&] { QTest::keyClick(window.filterEdit(), Qt::Key_Backspace); });
    print(u"filter keystroke, typing \"bench1\": %1 (rows shown after each: %2); GUI-thread CPU %3"_s
              .arg(median(typed), counts.join(u", "_s), median(cpu.mid(0, 6))));
    print(u"filter keystroke, Backspace back to all: %1 (%2 workflows shown after); GUI-thread CPU %3"_s
              .arg(median(erased))
              .arg(window.workflowView()->model()->rowCount())
              .arg(median(cpu.mid(6, 6))));
    QList<double> words;
    for (const QChar c : u"flow 77"_s)
        words << keystroke([&] { QTest::keyClick(window.filterEdit(), c.toLatin1()); });
    print(u"filter keystroke, typing \"flow 77\": %1 (%2 workflows shown after); GUI-thread CPU %3"_s
              .arg(median(words))
              .arg(window.workflowView()->model()->rowCount())
              .arg(median(cpu.mid(12))));
    window.filterEdit()->clear();
    untilPainted(listPaints, window.workflowView()->viewport());

    // A refresh where nothing changed (what the 2-s change check or an engine signal asks for).
    {
        loaded = false;
        QElapsedTimer timer;
        timer.start();
        stalls.start();
        window.refresh();
        waitFor([&] { return loaded; });
        QCoreApplication::processEvents();
        const double stall = stalls.stop();
        print(u"refresh, nothing changed: %1 ms; longest GUI-thread stall meanwhile %2 ms (%3)"_s
                  .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                  .arg(stall, 0, 'f', 1)
                  .arg(stalls.slices()));
    }

    {
        // The same "bench1" and Backspaces with the style's own delegate, in this run under the same load: what the
        // list's WorkflowItemDelegate saves.
        QAbstractItemDelegate *own = window.workflowView()->itemDelegate();
        QStyledItemDelegate plain;
        window.workflowView()->setItemDelegate(&plain);
        untilPainted(listPaints, window.workflowView()->viewport());
        const qsizetype first = cpu.size();
        QList<double> styled;
        for (const QChar c : u"bench1"_s)
            styled << keystroke([&] { QTest::keyClick(window.filterEdit(), c.toLatin1()); });
        for (int i = 0; i < 6; ++i)
            styled << keystroke([&] { QTest::keyClick(window.filterEdit(), Qt::Key_Backspace); });
        window.workflowView()->setItemDelegate(own);
        untilPainted(listPaints, window.workflowView()->viewport());
        print(u"for comparison, \"bench1\" and Backspace with QStyledItemDelegate: %1; GUI-thread CPU %2 (the list's "
              "delegate, above: CPU %3)"_s.arg(median(styled), median(cpu.mid(first)), median(cpu.mid(0, 12))));
    }

    // The whole instance's journal, then one workflow's.
    for (const std::optional<qint64> workflow :
         {std::optional<qint64>{}, std::optional<qint64>(check(scalar(check(instance->database()),
                                                                      u"SELECT id FROM workflows WHERE "
                                                                      "internal_name = 'benchWorkflow1234'"_s))
                                                               .toLongLong())}) {
        QElapsedTimer timer;
        timer.start();
        JournalView view(instance, workflow);
        bool shown = false;
        QObject::connect(view.model(), &JournalModel::windowLoaded, &view, [&shown] { shown = true; });
        view.resize(1100, 600);
        view.show();
        waitFor([&] { return shown; });
        QCoreApplication::processEvents();
        view.view()->viewport()->repaint();
        print(u"journal open (%1): %2 ms, %3 lines read"_s.arg(workflow ? u"one workflow"_s : u"whole instance"_s)
                  .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                  .arg(view.model()->rowCount()));
        if (workflow)
            break;

        const auto search = [&](const QString &text, const QString &what) {
            view.searchEdit()->setText(text);
            bool finished = false, found = false;
            auto connection = QObject::connect(&view, &JournalView::searchFinished, &view, [&](bool ok) {
                finished = true;
                found = ok;
            });
            QElapsedTimer searchTimer;
            searchTimer.start();
            view.findPrevious();
            waitFor([&] { return finished; });
            shown = false;
            if (found)
                waitFor([&] { return shown || view.view()->currentIndex().isValid(); });
            QObject::disconnect(connection);
            print(u"journal search (%1): %2 ms, %3"_s.arg(what)
                      .arg(double(searchTimer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                      .arg(found ? u"found"_s : u"not found"_s));
        };
        search(u"Quarantine refreshed"_s, u"the newest of 10 matches, ~500,000 lines up"_s);
        view.view()->clearSelection();
        view.view()->setCurrentIndex({});
        view.model()->loadNewest();
        shown = false;
        waitFor([&] { return shown; });
        search(u"no such text anywhere"_s, u"no match: every line scanned"_s);

        timer.restart();
        shown = false;
        view.setMinimumLevel(3);
        waitFor([&] { return shown; });
        print(u"journal filter to errors only: %1 ms"_s.arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1));
    }

    {
        QElapsedTimer timer;
        timer.start();
        const qint64 workflow
            = check(scalar(check(instance->database()),
                           u"SELECT id FROM workflows WHERE internal_name = 'benchWorkflow1234'"_s))
                  .toLongLong();
        HistoryView history(instance, workflow);
        bool chart = false;
        QObject::connect(&history, &HistoryView::durationsLoaded, &history, [&chart] { chart = true; });
        history.show();
        waitFor([&] { return chart && history.runsModel()->rowCount() > 0; });
        print(u"history open (one workflow, %1 runs): %2 ms"_s.arg(history.runsModel()->rowCount())
                  .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1));
    }
    print(u"peak memory: %1 MB"_s.arg(peakMegabytes(), 0, 'f', 0));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--measure") == 0) {
        SlicedApplication app(argc, argv);
        return measure(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The console on a large generated instance."_s);
    parser.addHelpOption();
    parser.addOption({u"data"_s, u"The generated instance (reused when present)."_s, u"file"_s,
                      QStringLiteral(NIGHTSHIFT_BINARY_DIR) + u"/bench-data/console.sqlite"_s});
    parser.addOption({u"workflows"_s, u"Workflows to generate (20000)."_s, u"n"_s, u"20000"_s});
    parser.addOption({u"runs"_s, u"Runs to generate (1000000)."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"lines"_s, u"Journal lines to generate (10000000)."_s, u"n"_s, u"10000000"_s});
    parser.addOption({u"regenerate"_s, u"Generate the instance again."_s});
    parser.process(app);
    const bench::ConsoleVolumes volumes{.workflows = parser.value(u"workflows"_s).toLongLong(),
                          .runs = parser.value(u"runs"_s).toLongLong(),
                          .lines = parser.value(u"lines"_s).toLongLong()};
    if (volumes.workflows < 1235 || volumes.runs < volumes.workflows || volumes.lines < 10)
        die(u"give at least 1235 workflows, as many runs, and 10 lines"_s);
    const QString path = QFileInfo(parser.value(u"data"_s)).absoluteFilePath();

    // Reuse the instance when it was generated with the same volumes.
    bool reuse = false;
    if (!parser.isSet(u"regenerate"_s) && QFileInfo::exists(path)) {
        auto location = check(InstanceLocation::parse(path));
        if (auto instance = Instance::open(location, Instance::OpenMode::MustExist)) {
            auto db = check((*instance)->database());
            auto generated = scalar(db, u"SELECT value FROM options WHERE name = 'bench.volumes'"_s);
            reuse = generated && generated->toString() == bench::volumesText(volumes);
        }
    }
    if (!reuse) {
        QElapsedTimer timer;
        timer.start();
        bench::generateConsoleInstance(path, volumes);
        print(u"generated in %1 s"_s.arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    } else {
        print(u"Reusing %1 (%2)"_s.arg(path, bench::volumesText(volumes)));
    }
    print(u"instance file: %1 MB"_s.arg(double(QFileInfo(path).size()) / 1048576.0, 0, 'f', 0));

    // A fresh process, so that start-up (loading, opening, the first snapshot) is measured as an operator meets it.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer sinceStart;
    QByteArray pending;
    QObject::connect(&child, &QProcess::readyReadStandardOutput, &child, [&] {
        pending += child.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line == "shown")
                print(u"process start → window shown: %1 ms"_s.arg(sinceStart.elapsed()));
            else if (line == "ready")
                print(u"process start → interactive main window: %1 ms"_s.arg(sinceStart.elapsed()));
            else
                print(QString::fromUtf8(line));
        }
    });
    sinceStart.start();
    child.start(QCoreApplication::applicationFilePath(), {u"--measure"_s, path});
    if (!child.waitForStarted())
        die(u"cannot start the measuring process"_s);
    QEventLoop loop;
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return child.exitCode();
}
