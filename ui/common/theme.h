#pragma once

#include <QObject>
#include <QPalette>

namespace nightshift {

// Light and dark themes (View > Theme). "System" keeps the platform's style and palette; Qt 6.4 has no
// QStyleHints::colorScheme, so whether the system is dark is read from the palette (window darker than its
// text). Light and Dark use the Fusion style with a palette of their own, so they look the same everywhere.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum Mode { System, Light, Dark };
    Q_ENUM(Mode)

    static Theme &instance(); // the application's; remembers the system look at first use

    Mode mode() const { return m_mode; }
    void apply(Mode mode); // saved in QSettings ("view/theme")
    void applySaved();
    bool isDark() const; // what is shown now

    static bool isDarkPalette(const QPalette &palette);
    static QPalette darkPalette();
    static QPalette lightPalette();
    static QString modeName(Mode mode); // "system", "light", "dark"

Q_SIGNALS:
    void changed(nightshift::Theme::Mode mode);

private:
    Theme();

    Mode m_mode = System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};

} // namespace nightshift
