#pragma once

// A cube in memory for the pivot tests: "sales" facts (channel; date by year, quarter, month; status) with the
// measures count, amount (sum), average and failure rate, each computed straight from the facts for whatever
// group-by and filters are asked; the queries asked are recorded.
#include "reports/pivotsource.h"

#include <QMutex>
#include <QTimeZone>

#include <cmath>

namespace nightshift::testing {

using namespace Qt::StringLiterals;

class FakePivotSource : public PivotSource
{
public:
    struct Fact
    {
        QString channel;
        int year = 0;
        int month = 0; // 1..12
        QString status;
        double amount = 0;
    };

    // `facts` deterministic facts: every combination, uneven amounts; `awkwardLabels` adds a channel whose label
    // has a comma and quotes (for CSV quoting).
    explicit FakePivotSource(int facts = 90, bool awkwardLabels = false)
    {
        QStringList channels{u"email"_s, u"sms"_s, u"push"_s};
        if (awkwardLabels)
            channels << u"web, \"beta\""_s;
        for (int i = 0; i < facts; ++i)
            m_facts << Fact{.channel = channels[i % channels.size()], .year = 2025 + (i / 7) % 2, .month = 1 + (i * 5) % 12,
                            .status = i % 4 == 0 ? u"failed"_s : u"sent"_s, .amount = double((i * 37) % 101) + 0.5};
    }

    static reports::CubeInfo cube()
    {
        using namespace reports;
        return CubeInfo{
            .name = u"sales"_s,
            .label = u"Sales"_s,
            .description = u"Messages sent, by channel and date."_s,
            .dimensions = {CubeDimension{.name = u"channel"_s, .label = u"Channel"_s,
                                         .levels = {CubeLevel{.name = u"channel"_s, .label = u"Channel"_s}}},
                           CubeDimension{.name = u"date"_s, .label = u"Date"_s,
                                         .levels = {CubeLevel{.name = u"year"_s, .label = u"Year"_s},
                                                    CubeLevel{.name = u"quarter"_s, .label = u"Quarter"_s},
                                                    CubeLevel{.name = u"month"_s, .label = u"Month"_s}}},
                           CubeDimension{.name = u"status"_s, .label = u"Status"_s,
                                         .levels = {CubeLevel{.name = u"status"_s, .label = u"Status"_s}}}},
            .measures = {CubeMeasure{.name = u"count"_s, .label = u"Messages"_s, .format = u"count"_s},
                         CubeMeasure{.name = u"amount"_s, .label = u"Amount"_s, .format = u"money"_s},
                         CubeMeasure{.name = u"average"_s, .label = u"Average amount"_s, .format = u"number"_s},
                         CubeMeasure{.name = u"failureRate"_s, .label = u"Failure rate"_s, .format = u"percent"_s}}};
    }

    static reports::Member member(const Fact &f, const reports::AxisLevel &level)
    {
        static const QStringList months{u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                        u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
        if (level.dimension == u"channel")
            return {.key = f.channel, .label = f.channel.left(1).toUpper() + f.channel.mid(1)};
        if (level.dimension == u"status")
            return {.key = f.status, .label = f.status};
        if (level.level == u"year")
            return {.key = f.year, .label = QString::number(f.year)};
        if (level.level == u"quarter")
            return {.key = f.year * 10 + (f.month + 2) / 3, .label = u"Q%1 %2"_s.arg((f.month + 2) / 3).arg(f.year)};
        return {.key = u"%1-%2"_s.arg(f.year).arg(f.month, 2, 10, QChar(u'0')),
                .label = u"%1 %2"_s.arg(months[f.month - 1]).arg(f.year)};
    }

    // The value of each measure over `facts`, as a cube would give it.
    static QVariantList measures(const QList<Fact> &facts, const QStringList &names)
    {
        double sum = 0;
        int failed = 0;
        for (const Fact &f : facts) {
            sum += f.amount;
            failed += f.status == u"failed" ? 1 : 0;
        }
        QVariantList values;
        for (const QString &name : names) {
            if (name == u"count")
                values << qlonglong(facts.size());
            else if (name == u"amount")
                values << sum;
            else if (name == u"average")
                values << (facts.isEmpty() ? QVariant() : QVariant(sum / double(facts.size())));
            else
                values << (facts.isEmpty() ? QVariant() : QVariant(double(failed) / double(facts.size())));
        }
        return values;
    }

    QList<Fact> matching(const QList<reports::CubeFilter> &filters) const
    {
        QList<Fact> result;
        for (const Fact &f : m_facts) {
            bool keep = true;
            for (const auto &filter : filters)
                keep = keep && (filter.members.contains(member(f, filter.on).key) != filter.exclude);
            if (keep)
                result << f;
        }
        return result;
    }

    Result<QList<reports::CubeInfo>> cubes() const override { return QList<reports::CubeInfo>{cube()}; }

    Result<reports::CubeResult> query(const QString &cubeName, const reports::CubeQuery &q,
                                      const std::atomic_bool *) const override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_queries << q;
            if (!m_failWith.isEmpty())
                return fail(m_failWith);
        }
        if (cubeName != u"sales")
            return fail(u"No cube named %1."_s.arg(cubeName));
        QMap<QString, QList<Fact>> groups; // by the members' keys
        QMap<QString, QList<reports::Member>> members;
        for (const Fact &f : matching(q.filters)) {
            QList<reports::Member> ms;
            QStringList keys;
            for (const auto &level : q.groupBy) {
                ms << member(f, level);
                keys << ms.last().key.toString();
            }
            groups[keys.join(u'|')] << f;
            members[keys.join(u'|')] = ms;
        }
        reports::CubeResult result;
        if (q.groupBy.isEmpty() && groups.isEmpty())
            groups[QString()] = {};
        for (auto it = groups.begin(); it != groups.end(); ++it)
            result.cells << reports::CubeCell{.members = members.value(it.key()), .values = measures(*it, q.measures)};
        return result;
    }

    Result<reports::FactRows> facts(const QString &, const QList<reports::CubeFilter> &filters,
                                    int limit) const override
    {
        reports::FactRows rows{.columns = {u"channel"_s, u"month"_s, u"status"_s, u"amount"_s}, .rows = {},
                               .truncated = false};
        for (const Fact &f : matching(filters)) {
            if (rows.rows.size() == limit) {
                rows.truncated = true;
                break;
            }
            rows.rows << QVariantList{f.channel, u"%1-%2"_s.arg(f.year).arg(f.month, 2, 10, QChar(u'0')), f.status,
                                      f.amount};
        }
        return rows;
    }

    Result<QDateTime> lastRefresh(const QString &) const override
    {
        return QDateTime::fromMSecsSinceEpoch(1'780'000'000'000, QTimeZone::utc());
    }

    QList<reports::CubeQuery> queries() const
    {
        QMutexLocker lock(&m_mutex);
        return m_queries;
    }
    void clearQueries()
    {
        QMutexLocker lock(&m_mutex);
        m_queries.clear();
    }
    void failWith(const QString &message)
    {
        QMutexLocker lock(&m_mutex);
        m_failWith = message;
    }
    const QList<Fact> &allFacts() const { return m_facts; }

private:
    QList<Fact> m_facts;
    mutable QMutex m_mutex;
    mutable QList<reports::CubeQuery> m_queries;
    QString m_failWith;
};

} // namespace nightshift::testing
