#pragma once
// A TCP relay between Fabbrica and the bench's real sshd that can break the network on demand: cut
// every connection, refuse new ones (a login node down for maintenance), or freeze (a pulled cable:
// sockets stay open, nothing moves). It is a fault injector in front of the real server, not a fake
// server: every byte that does pass is the real sshd's. Runs in its own thread.
#include "remote/handoff.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace fab::test {

class FaultProxy {
public:
    explicit FaultProxy(quint16 targetPort) : m_target(targetPort)
    {
        m_ctx = new QObject;
        m_ctx->moveToThread(&m_thread);
        m_thread.start();
        call([this] {
            m_server = new QTcpServer(m_ctx);
            QObject::connect(m_server, &QTcpServer::newConnection, m_ctx, [this] { onNew(); });
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        });
    }
    ~FaultProxy()
    {
        call([this] {
            cutAllNow();
            delete m_server;
        });
        call([ctx = m_ctx] { delete ctx; });
        m_thread.quit();
        m_thread.wait(5000);
    }

    quint16 port() const { return m_port; }
    int accepted() const { return m_accepted; }
    void cutAll() { call([this] { cutAllNow(); }); }
    void setAccepting(bool on) { call([this, on] { m_accepting = on; }); }
    void setFrozen(bool on)
    {
        call([this, on] {
            m_frozen = on;
            if (!on)
                for (const Pair &p : std::as_const(m_pairs))
                    relay(p.a, p.b), relay(p.b, p.a);
        });
    }

private:
    struct Pair {
        QPointer<QTcpSocket> a, b;
    };

    // Runs fn on the proxy's thread and waits for it. Through remote::postTo and a std::mutex rather
    // than a BlockingQueuedConnection, whose wait happens inside Qt where ThreadSanitizer cannot see it.
    template <typename F>
    void call(F fn)
    {
        std::mutex mutex;
        std::condition_variable ran;
        bool done = false;
        remote::postTo(m_ctx, [&] {
            fn();
            std::lock_guard lock(mutex);
            done = true;
            ran.notify_all();
        });
        std::unique_lock lock(mutex);
        ran.wait(lock, [&] { return done; });
    }

    void relay(QTcpSocket *from, QTcpSocket *to)
    {
        if (m_frozen || !from || !to)
            return;
        if (to->state() == QAbstractSocket::ConnectedState)
            to->write(from->readAll());
    }

    void cutAllNow()
    {
        for (const Pair &p : std::as_const(m_pairs)) {
            // abort() resets the connection: both sides see it die at once, as with a crashed node.
            if (p.a)
                p.a->abort(), p.a->deleteLater();
            if (p.b)
                p.b->abort(), p.b->deleteLater();
        }
        m_pairs.clear();
    }

    void onNew()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            ++m_accepted;
            if (!m_accepting) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto *upstream = new QTcpSocket(m_ctx);
            client->setParent(m_ctx);
            Pair p{client, upstream};
            m_pairs << p;
            QObject::connect(client, &QTcpSocket::readyRead, m_ctx, [this, client, upstream] { relay(client, upstream); });
            QObject::connect(upstream, &QTcpSocket::readyRead, m_ctx, [this, client, upstream] { relay(upstream, client); });
            QObject::connect(upstream, &QTcpSocket::connected, m_ctx, [this, client, upstream] { relay(client, upstream); });
            auto closeBoth = [client, upstream] {
                if (client->state() != QAbstractSocket::UnconnectedState)
                    client->disconnectFromHost();
                if (upstream->state() != QAbstractSocket::UnconnectedState)
                    upstream->disconnectFromHost();
            };
            QObject::connect(client, &QTcpSocket::disconnected, m_ctx, closeBoth);
            QObject::connect(upstream, &QTcpSocket::disconnected, m_ctx, closeBoth);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    quint16 m_target;
    quint16 m_port = 0;
    QThread m_thread;
    QObject *m_ctx = nullptr;
    QTcpServer *m_server = nullptr;
    QList<Pair> m_pairs;
    bool m_accepting = true;
    bool m_frozen = false;
    std::atomic<int> m_accepted{0};
};

}  // namespace fab::test
