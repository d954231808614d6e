#pragma once
// Where the secrets a user let Fabbrica keep live: in memory for the life of the connection (so a
// dropped link is re-established without asking again) and, when the user ticked "remember", in the
// OS keychain through QtKeychain. Never in settings, files, logs or the history database. One-time
// codes are never stored anywhere.
#include <QHash>
#include <QMutex>
#include <QString>
#include <optional>

namespace fab::remote {

class SecretStore {
public:
    explicit SecretStore(bool useKeychain = true, int keychainTimeoutMs = 8000);

    // Memory first, then the keychain (when enabled and available).
    std::optional<QString> lookup(const QString &key);
    void keep(const QString &key, const QString &value);  // memory only
    // Memory and keychain. Returns an empty string, or a sentence for the user when the keychain could
    // not take it ("no keychain available, secret not remembered").
    QString remember(const QString &key, const QString &value);
    // A stored secret that turned out wrong: gone from memory and keychain.
    void forget(const QString &key);
    void clearMemory();

    bool keychainEnabled() const { return m_useKeychain; }
    static QString service();  // the keychain service name all entries live under

    // Key names, so every part builds them the same way.
    static QString passphraseKey(const QString &keyFile);
    static QString passwordKey(const QString &target);
    static QString promptKey(const QString &target, const QString &prompt);

private:
    enum class Op { Read, Write, Delete };
    // Runs one keychain job on the application's main thread (where the Secret Service answers),
    // bounded by the timeout; any thread may call it.
    int runJob(Op op, const QString &key, const QString &value, QString *result, QString *errorText);
    QMutex m_mutex;
    QHash<QString, QString> m_memory;
    bool m_useKeychain;
    int m_timeoutMs;
};

}  // namespace fab::remote
