// The console's icons: the warm-up that draws them while an instance loads must fill the very cache the views'
// paints read, and stop with the window that asked for it.
#include "common/icons.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

class IconsTest : public QObject
{
    Q_OBJECT

private:
    static QStringList iconNames()
    {
        icons::initResources();
        QStringList names;
        for (const QString &file : QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files))
            names << file.chopped(4);
        return names;
    }

    // Pixmap serial numbers only grow (QPixmap::cacheKey() holds one in its upper half): a pixmap whose key is
    // below this mark was drawn before it was taken.
    static qint64 mark() { return QPixmap(1, 1).cacheKey(); }

private Q_SLOTS:
    void theWarmUpDrawsEveryIconInEachModeTheViewsUse()
    {
        const QStringList names = iconNames();
        QVERIFY2(names.size() > 10, qPrintable(u"%1 icon(s) in :/icons"_s.arg(names.size())));
        const QSize size(16, 16);
        QObject window;
        icons::warmUp(&window, size, 1.0);
        for (int turn = 0; turn < 2 * names.size() + 4; ++turn) // one icon per turn
            QCoreApplication::processEvents();
        const qint64 warmedBefore = mark();
        for (const QString &name : names) {
            for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected}) {
                const QPixmap pixmap = icons::named(name).pixmap(size, 1.0, mode, QIcon::Off);
                QCOMPARE(pixmap.size(), size);
                QVERIFY2(pixmap.cacheKey() < warmedBefore,
                         qPrintable(u"%1 (mode %2) was drawn when asked for, not by the warm-up"_s.arg(name).arg(mode)));
            }
        }
        const QPixmap open = icons::forFolder(FolderKind::Folder, false, {}).pixmap(size, 1.0, QIcon::Normal, QIcon::On);
        QVERIFY2(open.cacheKey() < warmedBefore, "the open folder was not drawn by the warm-up");

        // A size nobody warmed is drawn on demand: the check above can tell the two apart.
        const qint64 cold = mark();
        QVERIFY(icons::named(names.first()).pixmap(QSize(23, 23), 1.0, QIcon::Normal, QIcon::Off).cacheKey() > cold);
    }

    void theWarmUpStopsWithItsWindow()
    {
        auto *window = new QObject;
        icons::warmUp(window, QSize(20, 20), 1.0);
        QCoreApplication::processEvents(); // the first icon or two
        delete window;
        const qint64 afterWindow = mark();
        for (int turn = 0; turn < 2 * iconNames().size() + 4; ++turn)
            QCoreApplication::processEvents();
        const QPixmap last = icons::named(iconNames().last()).pixmap(QSize(20, 20), 1.0, QIcon::Normal, QIcon::Off);
        QVERIFY2(last.cacheKey() > afterWindow, "the warm-up went on after its window was gone");
    }
};

QTEST_MAIN(IconsTest)
#include "tst_icons.moc"
