#include "goldenjobtest.h"

#include <QTest>

GoldenJobTest::GoldenJobTest(Case c)
    : m_case(std::move(c))
{
}

golden::Outcome GoldenJobTest::run(const QMap<QString, QString> &parameters) const
{
    const std::unique_ptr<nightshift::Job> job = makeJob();
    return golden::run(*f, *job, m_case.name, {}, parameters);
}

void GoldenJobTest::init()
{
    f = std::make_unique<EngineFixture>();
    GOLDEN_VERIFY(golden::setUp(*f, m_case.name));
}

void GoldenJobTest::cleanup()
{
    f.reset();
}

void GoldenJobTest::goldenFolder()
{
    const std::unique_ptr<nightshift::Job> job = makeJob();
    GOLDEN_VERIFY(golden::checkRun(*f, *job, m_case.name));
}

void GoldenJobTest::interruptedAnywhereThenRerunEqualsGolden_data()
{
    golden::addReportRows(m_case.reports);
}

void GoldenJobTest::interruptedAnywhereThenRerunEqualsGolden()
{
    QFETCH(int, afterReports);
    const std::unique_ptr<nightshift::Job> job = makeJob();
    GOLDEN_VERIFY(golden::checkInterruptedThenRerun(*f, *job, m_case.name, afterReports, m_case.cancelledPrefix,
                                                    [this] { return checkCancelled(); }));
}
