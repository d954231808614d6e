#include "app/theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace fab::app {

namespace {

QPalette g_systemPalette;   // the platform's own, taken before the first change
QString g_systemStyle;
bool g_captured = false;
bool g_dark = false;

void captureSystem()
{
    if (g_captured)
        return;
    g_systemPalette = QApplication::palette();
    g_systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
    g_captured = true;
}

QPalette darkPalette()
{
    // Contrast checked against WCAG AA for text (≥ 4.5:1) on window and base colours.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), mid(0x3c, 0x3f, 0x44);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, mid);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x50, 0x53, 0x59));
    p.setColor(QPalette::Midlight, QColor(0x46, 0x49, 0x4f));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, r, QColor(0x80, 0x83, 0x88));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

}  // namespace

Theme savedTheme()
{
    const QString t = QSettings().value(QStringLiteral("ui/theme")).toString();
    return t == QLatin1String("dark") ? Theme::Dark : t == QLatin1String("light") ? Theme::Light : Theme::System;
}

void saveTheme(Theme theme)
{
    QSettings().setValue(QStringLiteral("ui/theme"), theme == Theme::Dark    ? QStringLiteral("dark")
                                                     : theme == Theme::Light ? QStringLiteral("light")
                                                                             : QStringLiteral("system"));
}

bool systemPrefersDark()
{
    captureSystem();
    return g_systemPalette.color(QPalette::Window).lightness() < g_systemPalette.color(QPalette::WindowText).lightness();
}

bool darkInUse() { return g_dark; }

void applyTheme(Theme theme)
{
    captureSystem();
    g_dark = theme == Theme::Dark || (theme == Theme::System && systemPrefersDark());
    if (g_dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (theme == Theme::Light && systemPrefersDark()) {
        // A light choice on a dark desktop: Fusion's own light palette.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        if (!g_systemStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(g_systemPalette);
    }
}

}  // namespace fab::app
