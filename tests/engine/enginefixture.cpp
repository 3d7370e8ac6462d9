#include "enginefixture.h"

#include "testjobs.h"

#include "core/definitionreader.h"
#include "engine/commandqueue.h"
#include "engine/workfloweditor.h"
#include "security/passwordhasher.h"
#include "store/operatorrepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace nightshift;

bool EngineFixture::setUp(QString *error)
{
    InstanceLocation location;
    location.path = m_dir.filePath(u"engine.sqlite"_s);
    auto loaded = WorkflowCatalog::load();
    auto opened = Instance::open(location, Instance::OpenMode::CreateIfMissing);
    if (!loaded || !opened) {
        *error = loaded ? opened.error().message : joined(loaded.error());
        return false;
    }
    catalog = *loaded;
    instance = *opened;
    if (auto seeded = instance->seed(catalog, u"test"_s); !seeded) {
        *error = seeded.error().message;
        return false;
    }
    // The shipped technical workflows would fail here (their jobs are not the test jobs): set them aside.
    exec(u"DELETE FROM commands"_s);
    exec(u"UPDATE workflows SET state = 'edited'"_s);
    auto db = instance->database();
    if (auto tables = createTestTables(*db); !tables) {
        *error = tables.error().message;
        return false;
    }
    auto created = OperatorRepository(*db).create(
        {0, u"admin"_s, u"admin"_s, *PasswordHasher::hash(u"engine-password"_s), false}, {u"admin"_s});
    if (!created) {
        *error = created.error().message;
        return false;
    }
    adminId = *created;
    options.nodeName = u"test-node"_s;
    options.workers = 4;
    options.tick = std::chrono::milliseconds(20);
    options.heartbeat = std::chrono::milliseconds(100);
    options.lease = std::chrono::milliseconds(2000);
    options.shutdownGrace = std::chrono::milliseconds(3000);
    options.jobs = testJobs();
    return true;
}

void EngineFixture::startEngine()
{
    engine = std::make_unique<Engine>(instance, options);
    engine->start();
}

void EngineFixture::stopEngine()
{
    if (engine)
        engine->stop();
    engine.reset();
}

QString EngineFixture::add(const QByteArray &xml)
{
    auto definition = DefinitionReader::read(xml, u"test"_s);
    if (!definition)
        return joined(definition.error());
    auto saved = WorkflowEditor(*instance, catalog).save(adminId, *definition, u"administration/production"_s);
    return saved ? QString() : saved.error().toString();
}

QString EngineFixture::command(const QString &workflow, WorkflowCommand command, const QVariantMap &parameters)
{
    auto queued = CommandQueue(*instance).submit(adminId, {workflow, command, parameters});
    if (!queued)
        return queued.error().message;
    if (engine)
        engine->wake();
    return {};
}

QVariant EngineFixture::value(const QString &sql, const QVariantList &values) const
{
    auto query = execute(*instance->database(), sql, values);
    if (!query)
        return u"<error: %1>"_s.arg(query.error().message);
    return query->next() ? query->value(0) : QVariant();
}

bool EngineFixture::exec(const QString &sql, const QVariantList &values) const
{
    return execute(*instance->database(), sql, values).has_value();
}

QString EngineFixture::state(const QString &workflow) const
{
    return value(u"SELECT state FROM workflows WHERE internal_name = ?"_s, {workflow}).toString();
}

qint64 EngineFixture::workflowId(const QString &workflow) const
{
    return value(u"SELECT id FROM workflows WHERE internal_name = ?"_s, {workflow}).toLongLong();
}

QStringList EngineFixture::journal(const QString &workflow) const
{
    QStringList lines;
    auto query
        = execute(*instance->database(),
                  u"SELECT level, COALESCE(activity, ''), message FROM journal WHERE workflow_id = ? ORDER BY id"_s,
                  {workflowId(workflow)});
    if (!query)
        return {query.error().message};
    while (query->next())
        lines
            << u"%1 %2: %3"_s.arg(query->value(0).toInt()).arg(query->value(1).toString(), query->value(2).toString());
    return lines;
}

bool EngineFixture::journalContains(const QString &workflow, const QString &text) const
{
    for (const QString &line : journal(workflow))
        if (line.contains(text))
            return true;
    return false;
}
