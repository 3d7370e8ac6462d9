#include "icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>
#include <QTimer>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE declares the resource's init function in the enclosing namespace: it must run at global scope.
// In a static library nothing else references the compiled .qrc, so without this call the linker drops it.
static void initNightshiftIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace nightshift::icons {

namespace {

// The monochrome icons are drawn with one ink, #444444, which vanishes on a dark palette. This engine renders
// the SVG with that ink replaced by the palette's text colour at paint time, so the icons follow the theme (a
// theme switch repaints the views, which ask again); coloured icons (states, the logo) are drawn as they are.
// Pixmaps are cached per size, mode, state and ink.
class ThemedSvgEngine : public QIconEngine
{
public:
    void addFile(const QString &fileName, const QSize &, QIcon::Mode, QIcon::State state) override
    {
        QFile file(fileName);
        if (file.open(QIODevice::ReadOnly))
            m_svg.insert(int(state), file.readAll());
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QByteArray &svg = source(state);
        const QColor ink = inkFor(mode);
        const QString cacheKey
            = u"%1x%2/%3/%4/%5"_s.arg(size.width()).arg(size.height()).arg(int(mode)).arg(int(state)).arg(ink.rgba());
        if (auto it = m_cache.constFind(cacheKey); it != m_cache.cend())
            return *it;
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        if (!svg.isEmpty() && !size.isEmpty()) {
            QByteArray inked = svg;
            inked.replace("#444444", ink.name(QColor::HexRgb).toLatin1());
            QSvgRenderer renderer(inked);
            QPainter painter(&pixmap);
            renderer.render(&painter, QRectF(QPointF(0, 0), size));
            if (mode == QIcon::Disabled && !svg.contains("#444444")) { // coloured icons fade when disabled
                painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
                painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 110));
            }
        }
        if (m_cache.size() > 64) // sizes and inks seen in a session are few; bound it anyway
            m_cache.clear();
        m_cache.insert(cacheKey, pixmap);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap p = pixmap(rect.size() * ratio, mode, state);
        p.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, p);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return u"nightshift-themed-svg"_s; }
    QIconEngine *clone() const override { return new ThemedSvgEngine(*this); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    const QByteArray &source(QIcon::State state) const
    {
        static const QByteArray none;
        auto it = m_svg.constFind(int(state));
        if (it == m_svg.cend())
            it = m_svg.constFind(int(QIcon::Off));
        return it != m_svg.cend() ? *it : none;
    }

    static QColor inkFor(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QHash<int, QByteArray> m_svg; // by QIcon::State
    QHash<QString, QPixmap> m_cache;
};

QIcon themedIcon(const QString &off, const QString &on = {})
{
    auto *engine = new ThemedSvgEngine;
    engine->addFile(off, {}, QIcon::Normal, QIcon::Off);
    if (!on.isEmpty())
        engine->addFile(on, {}, QIcon::Normal, QIcon::On);
    return QIcon(engine);
}

} // namespace

void initResources()
{
    [[maybe_unused]] static const bool done = [] {
        initNightshiftIconResources();
        return true;
    }();
}

QIcon named(const QString &name)
{
    initResources();
    // One QIcon per file, shared by every row and model, so its rendered pixmaps stay cached. Never freed: icons
    // must not outlive QGuiApplication, and a static would be destroyed after it. GUI thread only.
    static auto *cache = new QHash<QString, QIcon>;
    auto it = cache->find(name);
    if (it == cache->end())
        it = cache->insert(name, themedIcon(u":/icons/%1.svg"_s.arg(name)));
    return *it;
}

void warmUp(QObject *context, QSize size, qreal devicePixelRatio)
{
    initResources();
    QList<QIcon> pending{forFolder(FolderKind::Folder, false, {})}; // the one with an open state
    for (const QString &file : QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files))
        pending << named(file.chopped(4));
    const auto next = [context, size, devicePixelRatio](auto self, QList<QIcon> icons) -> void {
        if (icons.isEmpty())
            return;
        QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(devicePixelRatio);
        QPainter painter(&image);
        const QIcon icon = icons.takeFirst();
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected})
            for (const QIcon::State state : {QIcon::Off, QIcon::On})
                icon.paint(&painter, QRect(QPoint(), size), Qt::AlignCenter, mode, state);
        QTimer::singleShot(0, context, [self, icons] { self(self, icons); });
    };
    QTimer::singleShot(0, context, [next, pending] { next(next, pending); });
}

QIcon forState(WorkflowState state, bool failed)
{
    if (failed)
        return named(u"state-failed"_s);
    switch (state) {
    case WorkflowState::Started:
    case WorkflowState::StartPending:
        return named(u"state-running"_s);
    case WorkflowState::Paused:
    case WorkflowState::PauseRequested:
        return named(u"state-paused"_s);
    case WorkflowState::Finished:
    case WorkflowState::StopRequested:
        return named(u"state-finished"_s);
    case WorkflowState::Edited:
    case WorkflowState::RestartRequested:
        break;
    }
    return named(u"state-edited"_s);
}

QIcon forHealth(int running, int paused, int failed)
{
    if (failed)
        return named(u"state-failed"_s);
    if (paused)
        return named(u"state-paused"_s);
    if (running)
        return named(u"state-running"_s);
    return {};
}

QIcon forFolder(FolderKind kind, bool isPackage, const QString &statusName)
{
    switch (kind) {
    case FolderKind::Folder:
    case FolderKind::Workflows:
        if (isPackage)
            return named(u"package"_s);
        break;
    case FolderKind::HeatMap:
        return named(u"heatmap"_s);
    case FolderKind::WorkflowStatus:
        if (statusName == u"running"_s)
            return named(u"state-running"_s);
        if (statusName == u"paused"_s)
            return named(u"state-paused"_s);
        if (statusName == u"failed"_s)
            return named(u"state-failed"_s);
        return named(u"wakeup"_s); // start pending: waiting for an engine node
    case FolderKind::Cubes:
        return named(u"cube"_s);
    case FolderKind::Operators:
    case FolderKind::OperatorGroups:
    case FolderKind::NamedRights:
        return named(u"operator"_s);
    case FolderKind::AuditTrail:
        return named(u"audit"_s);
    case FolderKind::Options:
        return named(u"options"_s);
    case FolderKind::ExternalAccounts:
        return named(u"account"_s);
    }
    initResources();
    static const auto *folder = [] { // never freed, as in named()
        return new QIcon(themedIcon(u":/icons/folder.svg"_s, u":/icons/folder-open.svg"_s));
    }();
    return *folder;
}

} // namespace nightshift::icons
