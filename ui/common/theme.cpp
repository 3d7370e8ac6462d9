#include "theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

const QString settingsKey = u"view/theme"_s;

} // namespace

Theme::Theme()
    : m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString()),
      m_systemPalette(QApplication::palette())
{
}

Theme &Theme::instance()
{
    static Theme theme;
    return theme;
}

QString Theme::modeName(Mode mode)
{
    return mode == Light ? u"light"_s : mode == Dark ? u"dark"_s : u"system"_s;
}

bool Theme::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool Theme::isDark() const
{
    return isDarkPalette(QApplication::palette());
}

QPalette Theme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(225, 225, 228), disabled(128, 128, 132);
    const QColor highlight(56, 117, 215), link(110, 170, 255);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(38, 38, 41));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 155));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 55, 59));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(75, 75, 80));
    p.setColor(QPalette::Midlight, QColor(62, 62, 66));
    p.setColor(QPalette::Mid, QColor(40, 40, 43));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(120));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 70, 74));
    return p;
}

void Theme::apply(Mode mode)
{
    m_mode = mode;
    if (mode == System) {
        if (QStyle *style = m_systemStyle.isEmpty() ? nullptr : QStyleFactory::create(m_systemStyle))
            QApplication::setStyle(style);
        QApplication::setPalette(m_systemPalette);
    } else {
        if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
            QApplication::setStyle(fusion);
        QApplication::setPalette(mode == Dark ? darkPalette() : lightPalette());
    }
    QSettings().setValue(settingsKey, modeName(mode));
    Q_EMIT changed(mode);
}

void Theme::applySaved()
{
    const QString saved = QSettings().value(settingsKey).toString();
    const Mode mode = saved == u"light"_s ? Light : saved == u"dark"_s ? Dark : System;
    if (mode != m_mode || mode != System)
        apply(mode);
}

} // namespace nightshift
