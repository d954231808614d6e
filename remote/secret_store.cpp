#include "remote/secret_store.h"

#include "remote/handoff.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <qt6keychain/keychain.h>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::SecretStore)
};

// Once the keychain has said it is not there, asking again on every login only costs time.
std::atomic<bool> g_keychainMissing{false};

bool meansNoKeychain(int code)
{
    // QtKeychain answers OtherError (7) when no Secret Service runs on the D-Bus session (TESTBENCH.md),
    // NoBackendAvailable where there is no D-Bus at all.
    return code == QKeychain::NoBackendAvailable || code == QKeychain::NotImplemented ||
           code == QKeychain::OtherError;
}
}  // namespace

SecretStore::SecretStore(bool useKeychain, int keychainTimeoutMs)
    : m_useKeychain(useKeychain), m_timeoutMs(keychainTimeoutMs)
{
}

QString SecretStore::service() { return QStringLiteral("Fabbrica"); }
QString SecretStore::passphraseKey(const QString &keyFile) { return QStringLiteral("ssh-passphrase:") + keyFile; }
QString SecretStore::passwordKey(const QString &target) { return QStringLiteral("ssh-password:") + target; }
QString SecretStore::promptKey(const QString &target, const QString &prompt)
{
    return QStringLiteral("ssh-prompt:") + target + QLatin1Char(':') + prompt.trimmed();
}

namespace {
constexpr int kTimedOut = -1;  // no answer in time: not the same as "no keychain"

// One keychain job, started on the calling thread; `done` is called there when it finishes.
void startJob(int op, const QString &key, const QString &value, std::function<void(int, QString, QString)> done)
{
    QKeychain::Job *job = nullptr;
    if (op == 0)
        job = new QKeychain::ReadPasswordJob(SecretStore::service());
    else if (op == 1) {
        auto *w = new QKeychain::WritePasswordJob(SecretStore::service());
        w->setTextData(value);
        job = w;
    } else
        job = new QKeychain::DeletePasswordJob(SecretStore::service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never a plain-text copy in QSettings
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, op, done] {
        QString text;
        if (op == 0 && job->error() == QKeychain::NoError)
            text = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        done(int(job->error()), text, job->errorString());
    });
    job->start();
}

// std::mutex and std::condition_variable rather than QMutex/QWaitCondition: ThreadSanitizer sees the
// former; QWaitCondition unlocks and relocks inside Qt, where it cannot.
struct JobState {
    std::mutex mutex;
    std::condition_variable ready;
    bool finished = false;
    int code = kTimedOut;
    QString result, error;
};
}  // namespace

int SecretStore::runJob(Op op, const QString &key, const QString &value, QString *result, QString *errorText)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app) {
        *errorText = Text::tr("no application object");
        return QKeychain::OtherError;
    }
    auto state = std::make_shared<JobState>();
    auto done = [state](int code, QString text, QString error) {
        std::lock_guard lock(state->mutex);
        state->finished = true;
        state->code = code;
        state->result = text;
        state->error = error;
        state->ready.notify_all();
    };
    // The Secret Service backend (libsecret over GLib) answers on the application's main loop, not on
    // a worker thread's: jobs always run on the main thread. A worker waits for them, bounded; the
    // main thread itself spins a local loop.
    if (QThread::currentThread() == app->thread()) {
        QEventLoop loop;
        startJob(int(op), key, value, [done, &loop](int c, QString t, QString e) {
            done(c, t, e);
            loop.quit();
        });
        QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
        std::unique_lock lock(state->mutex);
        if (!state->finished) {
            lock.unlock();
            loop.exec();
        }
    } else {
        postTo(app, [=] { startJob(int(op), key, value, done); });
        std::unique_lock lock(state->mutex);
        state->ready.wait_for(lock, std::chrono::milliseconds(m_timeoutMs), [&] { return state->finished; });
    }
    std::lock_guard lock(state->mutex);
    if (!state->finished) {
        *errorText = Text::tr("the keychain did not answer within %1 s").arg(m_timeoutMs / 1000);
        return kTimedOut;
    }
    *result = state->result;
    *errorText = state->error;
    return state->code;
}

std::optional<QString> SecretStore::lookup(const QString &key)
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_memory.constFind(key);
        if (it != m_memory.cend())
            return *it;
    }
    if (!m_useKeychain || g_keychainMissing)
        return std::nullopt;
    QString value, error;
    const int code = runJob(Op::Read, key, {}, &value, &error);
    if (code == QKeychain::NoError) {
        QMutexLocker lock(&m_mutex);
        m_memory.insert(key, value);
        return value;
    }
    if (meansNoKeychain(code))
        g_keychainMissing = true;
    return std::nullopt;
}

void SecretStore::keep(const QString &key, const QString &value)
{
    QMutexLocker lock(&m_mutex);
    m_memory.insert(key, value);
}

QString SecretStore::remember(const QString &key, const QString &value)
{
    keep(key, value);
    if (!m_useKeychain)
        return Text::tr("the keychain is turned off for this connection, secret not remembered");
    QString ignored, error;
    const int code = g_keychainMissing ? int(QKeychain::NoBackendAvailable)
                                       : runJob(Op::Write, key, value, &ignored, &error);
    if (code == QKeychain::NoError)
        return {};
    if (meansNoKeychain(code)) {
        g_keychainMissing = true;
        return Text::tr("no keychain available, secret not remembered");
    }
    if (code == kTimedOut)
        return Text::tr("the keychain did not answer, secret not remembered");
    return Text::tr("the keychain refused the secret (%1), secret not remembered").arg(error);
}

void SecretStore::forget(const QString &key)
{
    {
        QMutexLocker lock(&m_mutex);
        m_memory.remove(key);
    }
    if (!m_useKeychain || g_keychainMissing)
        return;
    QString ignored, error;
    runJob(Op::Delete, key, {}, &ignored, &error);
}

void SecretStore::clearMemory()
{
    QMutexLocker lock(&m_mutex);
    m_memory.clear();
}

}  // namespace fab::remote
