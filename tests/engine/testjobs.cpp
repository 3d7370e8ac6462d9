#include "testjobs.h"

#include <QThread>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

class SleepJob : public Job
{
public:
    explicit SleepJob(bool cooperative) : m_cooperative(cooperative) { }
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override
    {
        const int total = context.parameter(u"ms"_s, u"100"_s).toInt();
        for (int waited = 0; waited < total; waited += 10) {
            if (m_cooperative && context.isCancelled())
                return fail(u"cancelled after %1 ms"_s.arg(waited));
            context.setProgress(waited, total);
            QThread::msleep(10);
        }
        context.setProgress(total, total);
        return {};
    }

private:
    bool m_cooperative;
};

class AppendJob : public Job
{
public:
    bool safeToRerun() const override { return false; }
    Status run(JobContext &context) override
    {
        QThread::msleep(ulong(context.parameter(u"ms"_s, u"0"_s).toInt()));
        auto inserted = execute(context.database(), u"INSERT INTO test_effects (label, at) VALUES (?, ?)"_s,
                                {orEmpty(context.variables().value(u"label"_s).toString()), nowMs()});
        if (!inserted)
            return std::unexpected(inserted.error());
        context.addRowsProcessed(1);
        return {};
    }
};

class FailJob : public Job
{
public:
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override { return fail(context.parameter(u"message"_s, u"it failed"_s)); }
};

class RowsJob : public Job
{
public:
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override
    {
        const qint64 count = context.parameter(u"count"_s, u"1"_s).toLongLong();
        context.addRowsProcessed(count);
        context.variables().insert(u"rows"_s, count);
        context.info(u"%1 rows counted"_s.arg(count));
        return {};
    }
};

} // namespace

std::shared_ptr<const JobRegistry> testJobs()
{
    auto registry = std::make_shared<JobRegistry>();
    registry->add(u"sleep"_s, [] { return std::make_unique<SleepJob>(true); });
    registry->add(u"stubborn"_s, [] { return std::make_unique<SleepJob>(false); });
    registry->add(u"append"_s, [] { return std::make_unique<AppendJob>(); });
    registry->add(u"fail"_s, [] { return std::make_unique<FailJob>(); });
    registry->add(u"rows"_s, [] { return std::make_unique<RowsJob>(); });
    return registry;
}

Status createTestTables(const QSqlDatabase &db)
{
    auto created = execute(db, u"CREATE TABLE IF NOT EXISTS test_effects (label TEXT NOT NULL, at BIGINT NOT NULL)"_s);
    if (!created)
        return std::unexpected(created.error());
    return {};
}
