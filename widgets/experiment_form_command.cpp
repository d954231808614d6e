#include "widgets/experiment_form_command.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

namespace fab::widgets {

PlaceholderHighlighter::PlaceholderHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void PlaceholderHighlighter::setKnownNames(const QStringList &names)
{
    if (names == m_known)
        return;
    m_known = names;
    rehighlight();
}

QList<PlaceholderHighlighter::Hit> PlaceholderHighlighter::placeholders(const QString &line, const QStringList &known)
{
    static const QRegularExpression ident(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QList<Hit> out;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < line.size() && line[i + 1] == c) {
            ++i;
            continue;
        }
        if (c != QLatin1Char('{') || (i > 0 && line[i - 1] == QLatin1Char('$')))
            continue;
        const qsizetype close = line.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            break;
        const QString name = line.mid(i + 1, close - i - 1);
        if (ident.match(name).hasMatch())
            out << Hit{int(i), int(close - i + 1), known.contains(name)};
        i = close;
    }
    return out;
}

void PlaceholderHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat known;
    known.setFontWeight(QFont::Bold);
    known.setForeground(QGuiApplication::palette().color(QPalette::Link));
    QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
    tint.setAlpha(40);
    known.setBackground(tint);
    QTextCharFormat unknown;
    unknown.setFontWeight(QFont::Bold);
    unknown.setForeground(QColor(0xc6, 0x28, 0x28));
    unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    unknown.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
    unknown.setToolTip(tr("Not a parameter or sweep axis"));
    for (const Hit &h : placeholders(text, m_known))
        setFormat(h.start, h.length, h.known ? known : unknown);
}

}  // namespace fab::widgets
