// A child process for the jobs' crash test: runs one standard job once on an existing instance, writing
// "report" on stdout at each of its progress reports, so the test can SIGKILL it at a known point of its
// work. With NIGHTSHIFT_JOBHOST_HOLD_AT=k it also writes "held" after its k-th report and waits for a line
// on stdin before it goes on: a fast job cannot then finish before the test's kill arrives.
// Usage: nightshift_jobhost INSTANCE JOB [NAME=VALUE ...]
#include "engine/job.h"
#include "jobs/standardjobs.h"
#include "store/instance.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nightshift;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: nightshift_jobhost INSTANCE JOB [NAME=VALUE ...]\n");
        return 2;
    }
    QMap<QString, QString> parameters;
    for (const QString &argument : args.mid(3)) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0) {
            std::fprintf(stderr, "not NAME=VALUE: %s\n", qPrintable(argument));
            return 2;
        }
        parameters.insert(argument.left(equals), argument.mid(equals + 1));
    }
    auto location = InstanceLocation::parse(args[1]);
    auto instance = location ? Instance::open(*location, Instance::OpenMode::MustExist)
                             : Result<std::shared_ptr<Instance>>(std::unexpected(location.error()));
    std::unique_ptr<Job> job = standardJobs()->create(args[2]);
    if (!instance || !job) {
        std::fprintf(stderr, "%s\n", instance ? "no such job" : qPrintable(instance.error().message));
        return 2;
    }
    auto db = (*instance)->database();
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const int holdAt = qEnvironmentVariableIntValue("NIGHTSHIFT_JOBHOST_HOLD_AT");
    JobContext::Reporting reporting;
    reporting.onReport = [holdAt, reports = 0]() mutable {
        std::fputs("report\n", stdout);
        if (++reports == holdAt) {
            std::fputs("held\n", stdout);
            std::fflush(stdout);
            for (int c = std::fgetc(stdin); c != '\n' && c != EOF; c = std::fgetc(stdin)) {
            }
        }
        std::fflush(stdout);
    };
    JobContext context(*db, (*instance)->dialect(), parameters, {}, reporting,
                       [](JournalLevel level, const QString &line) {
                           std::fprintf(stderr, "%s: %s\n", qPrintable(journalLevelName(level)), qPrintable(line));
                       },
                       false);
    const Status done = job->run(context);
    if (!done) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(done.error().message));
        return 1;
    }
    std::fputs("done\n", stdout);
    return 0;
}
