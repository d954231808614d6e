#pragma once
// The one place where a value becomes shell text. Everything Fabbrica writes into a batch script or a
// remote command line goes through shellQuote() (or, for environment values that are meant to expand
// $VARIABLES, shellQuoteExpandable()), and both are tested against hostile strings by running /bin/sh.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace fab {

// Quotes any bytes as ONE word for POSIX sh (and bash, dash, zsh in sh mode): the bytes go between
// single quotes, inside which the shell interprets nothing, and each embedded ' is written as '\''
// (close, escaped quote, reopen). The empty string becomes ''. Newlines, $(…), backticks, ;, #, a
// leading '-', bytes that are not UTF-8: all stay literal text.
//
// NUL cannot be represented: the shell (like every C program) ends a word at NUL, so a value holding
// one would silently be cut short. Such input returns nullopt and a sentence saying so in *error.
std::optional<QByteArray> shellQuote(QByteArrayView bytes, QString *error = nullptr);
inline std::optional<QByteArray> shellQuote(const QByteArray &bytes, QString *error = nullptr)
{
    return shellQuote(QByteArrayView(bytes), error);
}
inline std::optional<QByteArray> shellQuote(const QString &text, QString *error = nullptr)  // as UTF-8
{
    return shellQuote(QByteArrayView(text.toUtf8()), error);
}

// Policy for values that must let the user's environment expand, such as "HF_HOME": "$SCRATCH/hf":
// the value is written inside double quotes with \ " ` escaped, and every '$' is escaped except where
// it starts a plain parameter reference — $NAME or ${NAME} with NAME = [A-Za-z_][A-Za-z0-9_]*. So
// "$SCRATCH/hf" and "${WORK}/data" expand, while $(cmd), $((1+1)), ${X:-$(cmd)}, $1, $$, $? and
// backticks stay literal text. Expansion happens once: a variable whose content looks like a
// command is not run (the shell does not re-read expanded text). Inside double quotes there is no
// word splitting or globbing, so the result is still one word. NUL is refused as above.
std::optional<QByteArray> shellQuoteExpandable(QByteArrayView bytes, QString *error = nullptr);
inline std::optional<QByteArray> shellQuoteExpandable(const QByteArray &bytes, QString *error = nullptr)
{
    return shellQuoteExpandable(QByteArrayView(bytes), error);
}
inline std::optional<QByteArray> shellQuoteExpandable(const QString &text, QString *error = nullptr)
{
    return shellQuoteExpandable(QByteArrayView(text.toUtf8()), error);
}

}  // namespace fab
