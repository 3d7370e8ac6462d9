// bench_catalog: how long loading and validating the built-in catalog takes, and how long creating a new
// SQLite instance with its default packages takes. Prints figures; asserts nothing.
#include "core/workflowcatalog.h"
#include "store/instance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;

    QList<double> loads;
    qsizetype workflows = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto catalog = WorkflowCatalog::load();
        loads << double(timer.nsecsElapsed()) / 1e6;
        if (!catalog) {
            std::fprintf(stderr, "catalog does not load: %s\n", qPrintable(joined(catalog.error())));
            return 1;
        }
        workflows = catalog->workflows().size();
    }
    std::printf("catalog-load: %lld definitions parsed and validated, median %.2f ms over %d rounds\n",
                static_cast<long long>(workflows), median(loads), rounds);

    auto catalog = WorkflowCatalog::load();
    QList<double> inits;
    for (int i = 0; i < std::min(rounds, 10); ++i) {
        QTemporaryDir dir;
        InstanceLocation location;
        location.path = dir.filePath(u"bench.sqlite"_s);
        QElapsedTimer timer;
        timer.start();
        auto instance = Instance::open(location, Instance::OpenMode::CreateIfMissing);
        if (!instance || !(*instance)->seed(*catalog, u"bench"_s)) {
            std::fprintf(stderr, "instance creation failed\n");
            return 1;
        }
        inits << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("instance-init: new SQLite instance, schema + tree + default packages, median %.1f ms over %lld rounds\n",
                median(inits), static_cast<long long>(inits.size()));
    return 0;
}
