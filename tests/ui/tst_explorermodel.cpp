// The explorer tree model: structure and health roll-ups from a real instance, checked by QAbstractItemModelTester
// before and after every snapshot.
#include "explorer/explorermodel.h"
#include "seededinstance.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QString technicalWorkflows = u"administration/production/technicalWorkflows"_s;
}

class ExplorerModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_instance = testing::seededInstance(m_dir.path());
        QVERIFY(m_instance);
    }

    void isAValidModelBeforeAndAfterSnapshots()
    {
        ExplorerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 2);
        model.setSnapshot(snapshot());
        QCOMPARE(model.rowCount(), 1); // Administration
        model.setSnapshot(snapshot()); // again, as a refresh does
        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
    }

    void mirrorsTheFoldersOfTheInstance()
    {
        ExplorerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const InstanceSnapshot s = snapshot();
        model.setSnapshot(s);
        for (const FolderRecord &f : s.folders) {
            const QModelIndex index = model.indexOfPath(f.path);
            QVERIFY2(index.isValid(), qPrintable(f.path));
            QCOMPARE(index.data(ExplorerModel::FolderIdRole).toLongLong(), f.id);
            QCOMPARE(index.data(ExplorerModel::FolderPathRole).toString(), f.path);
            QCOMPARE(index.parent().data(ExplorerModel::FolderIdRole).toLongLong(), f.parentId);
            QVERIFY2(!index.data(Qt::DecorationRole).value<QIcon>().pixmap(16).isNull(), qPrintable(f.path));
        }
        QVERIFY(!model.indexOfPath(u"administration/nowhere"_s).isValid());
        const QModelIndex delivery = model.indexOfPath(technicalWorkflows + u"/delivery"_s);
        QCOMPARE(delivery.data().toString(), u"Delivery"_s);
        QCOMPARE(model.headerData(ExplorerModel::Health, Qt::Horizontal).toString(), u"Health"_s);

        const QSet<qint64> below = model.folderIdsBelow(model.indexOfPath(technicalWorkflows));
        QCOMPARE(below.size(), 3); // itself, delivery, defaultInstallation
        QVERIFY(below.contains(delivery.data(ExplorerModel::FolderIdRole).toLongLong()));
        QCOMPARE(model.folderIdsBelow(delivery).size(), 1);
        QCOMPARE(model.workflowCount(model.indexOfPath(u"administration"_s)), 10);
    }

    void rollsUpTheHealthOfEachFolder()
    {
        ExplorerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const InstanceSnapshot s = snapshot();
        model.setSnapshot(s);
        // Started workflows waiting for their schedulers are not running (SPEC §4: a run executes tasks).
        QCOMPARE(health(model, technicalWorkflows + u"/delivery"_s), u"9 idle"_s);
        QCOMPARE(health(model, technicalWorkflows + u"/defaultInstallation"_s), u"1 paused"_s);
        QCOMPARE(health(model, u"administration"_s), u"1 paused"_s);
        LiveStatus status; // two runs going on, one run ended
        const qint64 start = 1'700'000'000'000;
        for (const WorkflowRecord &w : s.workflows)
            if (w.internalName == u"billing"_s || w.internalName == u"tracking"_s || w.internalName == u"cleanup"_s)
                status.times.insert(w.id, {.lastStart = start,
                                           .lastEnd = w.internalName == u"cleanup"_s ? start + 10 : 0,
                                           .lastStatus = {},
                                           .nextRun = 0});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(s, status);
        QCOMPARE(reset.size(), 0); // the same folders: only the health changes
        QCOMPARE(health(model, technicalWorkflows + u"/delivery"_s), u"2 running"_s);
        QCOMPARE(health(model, u"administration"_s), u"2 running, 1 paused"_s);
        // The loader counts each folder's own workflows on its worker: the same roll-ups.
        LiveStatus counted = status;
        counted.folders = LiveStatus::foldersOf(s.workflows, status.times);
        QVERIFY(counted.folders.value(s.workflows.first().folderId).total > 0);
        ExplorerModel fromWorker;
        fromWorker.setSnapshot(s, counted);
        for (const FolderRecord &f : s.folders)
            QCOMPARE(health(fromWorker, f.path), health(model, f.path));
        QCOMPARE(health(model, u"administration/monitoring"_s), QString());
        QVERIFY(healthIcon(model, u"administration/monitoring"_s).isNull());
        QVERIFY(!healthIcon(model, technicalWorkflows + u"/delivery"_s).pixmap(16).isNull());

        // A failed workflow shows in red on every folder above it.
        QSqlQuery query(*m_instance->database());
        QVERIFY(query.exec(u"UPDATE workflows SET failed = 1 WHERE internal_name = 'tracking'"_s));
        QVERIFY(query.exec(u"UPDATE workflows SET state = 'edited' WHERE package_id = 'defaultInstallation'"_s));
        model.setSnapshot(snapshot());
        QCOMPARE(health(model, technicalWorkflows + u"/delivery"_s), u"1 failed"_s);
        QCOMPARE(health(model, technicalWorkflows + u"/defaultInstallation"_s), u"1 idle"_s);
        const QModelIndex production = model.indexOfPath(u"administration/production"_s);
        QVERIFY(production.siblingAtColumn(ExplorerModel::Health).data(Qt::ForegroundRole).isValid());
        QVERIFY(production.data(Qt::ToolTipRole).toString().contains(u"1 failed"_s));
        QVERIFY(query.exec(u"UPDATE workflows SET failed = 0 WHERE internal_name = 'tracking'"_s));
        QVERIFY(query.exec(u"UPDATE workflows SET state = 'paused' WHERE package_id = 'defaultInstallation'"_s));
    }

private:
    InstanceSnapshot snapshot()
    {
        auto loaded = InstanceSnapshot::load(*m_instance->database());
        if (!loaded)
            qFatal("cannot read the test instance: %s", qPrintable(loaded.error().message));
        return *loaded;
    }

    static QString health(const ExplorerModel &model, const QString &path)
    {
        return model.indexOfPath(path).siblingAtColumn(ExplorerModel::Health).data().toString();
    }

    static QIcon healthIcon(const ExplorerModel &model, const QString &path)
    {
        return model.indexOfPath(path).siblingAtColumn(ExplorerModel::Health).data(Qt::DecorationRole).value<QIcon>();
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Instance> m_instance;
};

QTEST_MAIN(ExplorerModelTest)
#include "tst_explorermodel.moc"
