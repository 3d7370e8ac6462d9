#pragma once

#include "goldenjob.h"

#include <QObject>

#include <memory>

// The cases every job's golden test shares, as a QtTest base class: QtTest runs inherited private slots too
// (the base's first), so a job's test only adds what is particular to it.
class GoldenJobTest : public QObject
{
    Q_OBJECT

public:
    struct Case
    {
        QString name; // the golden folder, tests/data/jobs/<name>
        int reports = 0; // reports of an uninterrupted run: a run is cancelled after each of them in turn
        QString cancelledPrefix; // how a cancelled run's error starts ("": not checked)
    };

protected:
    explicit GoldenJobTest(Case c);

    virtual std::unique_ptr<nightshift::Job> makeJob() const = 0;
    // What is wrong with the instance a cancelled run left, or "" (nothing is checked by default).
    virtual QString checkCancelled() const { return {}; }

    // One run with the folder's parameters, overridden by these.
    golden::Outcome run(const QMap<QString, QString> &parameters = {}) const;

    std::unique_ptr<EngineFixture> f;

private Q_SLOTS:
    void init();
    void cleanup();
    void goldenFolder();
    void interruptedAnywhereThenRerunEqualsGolden_data();
    void interruptedAnywhereThenRerunEqualsGolden();

private:
    const Case m_case;
};
