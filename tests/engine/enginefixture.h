#pragma once

#include "core/workflowcatalog.h"
#include "core/workflowcommand.h"
#include "engine/engine.h"
#include "store/instance.h"

#include <QTemporaryDir>
#include <QVariantMap>

// A seeded SQLite instance (its technical workflows left aside, so only a test's own workflows run), an
// administrator, the test jobs, and an in-process engine with short ticks.
class EngineFixture
{
public:
    bool setUp(QString *error);
    void startEngine();
    void stopEngine();

    // Saves a definition (a non-technical workflow in administration/production); returns an error or "".
    QString add(const QByteArray &xml);
    // Queues a command as the administrator and wakes the engine; returns the refusal or "".
    QString command(const QString &workflow, nightshift::WorkflowCommand command, const QVariantMap &parameters = {});

    QVariant value(const QString &sql, const QVariantList &values = {}) const;
    bool exec(const QString &sql, const QVariantList &values = {}) const;
    QString state(const QString &workflow) const;
    qint64 workflowId(const QString &workflow) const;
    int count(const QString &sql, const QVariantList &values = {}) const { return value(sql, values).toInt(); }
    QStringList journal(const QString &workflow) const; // "level activity: message", oldest first
    bool journalContains(const QString &workflow, const QString &text) const;

    std::shared_ptr<nightshift::Instance> instance;
    std::unique_ptr<nightshift::Engine> engine;
    nightshift::EngineOptions options;
    nightshift::WorkflowCatalog catalog;
    qint64 adminId = 0;

private:
    QTemporaryDir m_dir;
};
