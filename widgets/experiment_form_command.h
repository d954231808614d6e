#pragma once
#include <QStringList>
#include <QSyntaxHighlighter>

namespace fab::widgets {

// Shows the {placeholders} of a command: names that are parameters or sweep axes stand out, unknown
// names are underlined in red (validation says the same in words). The rules are those of
// fab::commandPlaceholders(): "{{" and "}}" are literal braces and "${VAR}" belongs to the shell.
class PlaceholderHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit PlaceholderHighlighter(QTextDocument *document);
    void setKnownNames(const QStringList &names);

    // [start, length, known] of each placeholder in one line of text.
    struct Hit {
        int start, length;
        bool known;
    };
    static QList<Hit> placeholders(const QString &line, const QStringList &known);

protected:
    void highlightBlock(const QString &text) override;

private:
    QStringList m_known;
};

}  // namespace fab::widgets
