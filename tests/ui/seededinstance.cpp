#include "seededinstance.h"

#include "core/workflowcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace nightshift::testing {

std::shared_ptr<Instance> seededInstance(const QString &folder, const QString &fileName)
{
    auto location = InstanceLocation::parse(folder + u'/' + fileName);
    if (!location) {
        QTest::qFail(qPrintable(location.error().message), __FILE__, __LINE__);
        return {};
    }
    auto instance = Instance::open(*location, Instance::OpenMode::CreateIfMissing);
    if (!instance) {
        QTest::qFail(qPrintable(instance.error().message), __FILE__, __LINE__);
        return {};
    }
    auto catalog = WorkflowCatalog::load();
    if (!catalog) {
        QTest::qFail(qPrintable(joined(catalog.error())), __FILE__, __LINE__);
        return {};
    }
    if (auto seeded = (*instance)->seed(*catalog, u"test"_s); !seeded) {
        QTest::qFail(qPrintable(seeded.error().message), __FILE__, __LINE__);
        return {};
    }
    // As an engine node would leave them once it applied the start commands queued at install.
    auto db = (*instance)->database();
    if (!db || !execute(*db, u"UPDATE workflows SET state = 'started' WHERE state = 'startPending'"_s)
        || !execute(*db, u"UPDATE commands SET applied_at = 1, result = 'applied'"_s)) {
        QTest::qFail("cannot mark the seeded workflows started", __FILE__, __LINE__);
        return {};
    }
    return *instance;
}

} // namespace nightshift::testing
