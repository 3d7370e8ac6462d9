#include "accessfixture.h"

#include "core/definitionreader.h"
#include "engine/workfloweditor.h"
#include "security/passwordhasher.h"
#include "store/operatorrepository.h"

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QByteArray campaignFlow = R"(<?xml version="1.0" encoding="UTF-8"?>
<workflow format="1" name="campaignFlow" label="A marketing workflow">
  <activities>
    <start name="start"><transition to="go"/></start>
    <signal name="go"><transition to="end"/></signal>
    <end name="end"/>
  </activities>
</workflow>
)";
} // namespace

bool AccessFixture::setUp(QString *error)
{
    location.path = m_dir.filePath(u"matrix.sqlite"_s);
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
    auto db = instance->database();
    const QString hash = *PasswordHasher::hash(QString::fromLatin1(Password));
    const QList<std::pair<QString, QStringList>> operators = {{u"admin"_s, {u"admin"_s}},
                                                              {u"wfop"_s, {u"workflowExecution"_s}},
                                                              {u"supervisor"_s, {u"workflowSupervisors"_s}},
                                                              {u"nobody"_s, {}}};
    for (const auto &[login, groups] : operators) {
        auto created = OperatorRepository(*db).create({0, login, login, hash, false}, groups);
        if (!created) {
            *error = created.error().message;
            return false;
        }
        operatorIds.insert(login, *created);
    }
    auto definition = DefinitionReader::read(campaignFlow);
    auto saved = WorkflowEditor(*instance, catalog).save(id(u"admin"_s), *definition, u"administration/production"_s);
    if (!saved) {
        *error = saved.error().message;
        return false;
    }
    return true;
}

QString AccessFixture::value(const QString &sql) const
{
    auto result = scalar(*instance->database(), sql);
    return result ? result->toString() : u"<error: %1>"_s.arg(result.error().message);
}

bool AccessFixture::exec(const QString &sql) const
{
    return execute(*instance->database(), sql).has_value();
}
