// Uploads and downloads over the session's SFTP channel: files and whole folders, permissions and
// modification times kept, a broken transfer resumed from what actually reached the destination.
#include "remote/ssh_ops.h"

#include "remote/handoff.h"

#include "core/platform/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::Transfer)
};

constexpr int kChunk = 128 * 1024;  // well inside OpenSSH sftp-server's 256 kB message limit
constexpr int kMaxEntries = 200000;
constexpr int kMaxDepth = 64;

// SFTP carries permissions as POSIX mode bits whatever the systems at either end (SFTP v3, section 5).
constexpr uint32_t kOwnerRead = 0400, kOwnerWrite = 0200, kOwnerExe = 0100;
constexpr uint32_t kGroupRead = 0040, kGroupWrite = 0020, kGroupExe = 0010;
constexpr uint32_t kOtherRead = 0004, kOtherWrite = 0002, kOtherExe = 0001;

QFileDevice::Permissions toQt(uint32_t mode)
{
    QFileDevice::Permissions p;
    if (mode & kOwnerRead) p |= QFileDevice::ReadOwner | QFileDevice::ReadUser;
    if (mode & kOwnerWrite) p |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
    if (mode & kOwnerExe) p |= QFileDevice::ExeOwner | QFileDevice::ExeUser;
    if (mode & kGroupRead) p |= QFileDevice::ReadGroup;
    if (mode & kGroupWrite) p |= QFileDevice::WriteGroup;
    if (mode & kGroupExe) p |= QFileDevice::ExeGroup;
    if (mode & kOtherRead) p |= QFileDevice::ReadOther;
    if (mode & kOtherWrite) p |= QFileDevice::WriteOther;
    if (mode & kOtherExe) p |= QFileDevice::ExeOther;
    return p;
}

uint32_t toMode(QFileDevice::Permissions p)
{
    uint32_t m = 0;
    if (p & QFileDevice::ReadOwner) m |= kOwnerRead;
    if (p & QFileDevice::WriteOwner) m |= kOwnerWrite;
    if (p & QFileDevice::ExeOwner) m |= kOwnerExe;
    if (p & QFileDevice::ReadGroup) m |= kGroupRead;
    if (p & QFileDevice::WriteGroup) m |= kGroupWrite;
    if (p & QFileDevice::ExeGroup) m |= kGroupExe;
    if (p & QFileDevice::ReadOther) m |= kOtherRead;
    if (p & QFileDevice::WriteOther) m |= kOtherWrite;
    if (p & QFileDevice::ExeOther) m |= kOtherExe;
    return m;
}

QString sftpErrorText(sftp_session sftp, ssh_session session)
{
    switch (sftp ? sftp_get_error(sftp) : -1) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return Text::tr("no such file or folder");
    case SSH_FX_PERMISSION_DENIED:
        return Text::tr("permission denied");
    case SSH_FX_FILE_ALREADY_EXISTS:
        return Text::tr("already exists");
    case SSH_FX_FAILURE:
        return Text::tr("the server could not do it (disk full or quota exceeded?)");
    default:
        return QString::fromUtf8(ssh_get_error(session));
    }
}

class TransferOp final : public Op {
public:
    TransferOp(TransferDirection dir, const QString &from, const QString &to, const TransferOptions &opt,
               std::shared_ptr<QPromise<TransferResult>> promise)
        : m_dir(dir), m_from(from), m_to(to), m_opt(opt), m_promise(std::move(promise))
    {
    }
    ~TransferOp() override { closeFiles(false); }

    bool finished() const override { return m_s == S::Done; }
    bool longLived() const override { return true; }

    bool step(OpHost &h) override
    {
        if (m_s == S::Done)
            return false;
        if (m_promise->isCanceled()) {
            closeFiles(true);
            finish(false);
            return true;
        }
        // libssh 0.10's SFTP calls only work on a blocking session; other channels wait meanwhile, their
        // data buffered by libssh, for at most one slice.
        struct Blocking {
            ssh_session s;
            explicit Blocking(ssh_session s) : s(s) { ssh_set_blocking(s, 1); }
            ~Blocking() { ssh_set_blocking(s, 0); }
        } blocking(h.session());
        m_ctx = h.deliveryContext();
        QString error;
        sftp_session sftp = h.sftp(&error);
        if (!sftp) {
            if (ssh_is_connected(h.session()))
                fail(h, Text::tr("SFTP is not available on %1: %2").arg(h.targetLabel(), error));
            return true;
        }
        m_session = h.session();
        m_sftp = sftp;
        if (m_s == S::Plan && !plan(h))
            return true;
        QElapsedTimer slice;
        slice.start();
        // Up to ~25 ms of copying per turn, so commands and follows on the same session keep moving.
        while (m_s != S::Done && slice.elapsed() < 25) {
            if (m_s == S::Open && !openItem(h))
                return true;
            if (m_s == S::Copy && !copyChunk(h))
                return true;
        }
        return true;
    }

    bool linkLost(const QString &) override
    {
        if (m_s == S::Done)
            return false;
        closeFiles(false);
        m_sftp = nullptr;
        if (m_s == S::Copy)
            m_s = S::Open;  // reopen the current file and continue from the destination's size
        ++m_res.reconnects;
        return true;
    }

    void abort(const QString &reason, OpHost *alive) override
    {
        if (m_s == S::Done)
            return;
        closeFiles(alive != nullptr);
        m_res.error = reason;
        finish(true);
    }

private:
    enum class S { Plan, Open, Copy, Done };
    struct Item {
        QString local;
        QByteArray remote;
        qint64 size = 0;
        uint32_t mode = 0644;
        qint64 mtime = 0;
        bool isDir = false;
    };

    bool upload() const { return m_dir == TransferDirection::Upload; }

    // On a failed SFTP call: a dead link is the worker's business (it calls linkLost); anything else
    // ends the transfer with the server's reason.
    bool failed(OpHost &h, const QString &what)
    {
        if (!ssh_is_connected(h.session()))
            return false;
        fail(h, QStringLiteral("%1: %2").arg(what, sftpErrorText(m_sftp, h.session())));
        return false;
    }

    void fail(OpHost &, const QString &msg)
    {
        closeFiles(true);
        m_res.error = msg;
        finish(true);
    }

    bool mkdirs(const QByteArray &path)
    {
        QByteArray cur = path.startsWith('/') ? QByteArray("/") : QByteArray();
        for (const QByteArray &part : path.split('/')) {
            if (part.isEmpty() || part == ".")
                continue;
            cur += (cur.isEmpty() || cur.endsWith('/') ? QByteArray() : QByteArray("/")) + part;
            sftp_attributes a = sftp_stat(m_sftp, cur.constData());
            if (a) {
                const bool dir = a->type == SSH_FILEXFER_TYPE_DIRECTORY;
                sftp_attributes_free(a);
                if (!dir)
                    return false;
                continue;
            }
            if (sftp_mkdir(m_sftp, cur.constData(), 0755) != 0 && sftp_get_error(m_sftp) != SSH_FX_FILE_ALREADY_EXISTS)
                return false;
        }
        return true;
    }

    bool listRemote(const QByteArray &remote, const QString &local, int depth)
    {
        if (depth > kMaxDepth || m_items.size() > kMaxEntries)
            return true;
        sftp_dir d = sftp_opendir(m_sftp, remote.constData());
        if (!d)
            return false;
        while (sftp_attributes a = sftp_readdir(m_sftp, d)) {
            const QByteArray name(a->name);
            if (name != "." && name != "..") {
                Item it{local + QLatin1Char('/') + QString::fromUtf8(name), remote + '/' + name, qint64(a->size),
                        a->permissions & 07777, qint64(a->mtime), a->type == SSH_FILEXFER_TYPE_DIRECTORY};
                if (it.isDir) {
                    m_items << it;
                    if (!listRemote(it.remote, it.local, depth + 1)) {
                        sftp_attributes_free(a);
                        sftp_closedir(d);
                        return false;
                    }
                } else if (a->type == SSH_FILEXFER_TYPE_REGULAR) {
                    m_items << it;  // symbolic links and devices are not copied
                }
            }
            sftp_attributes_free(a);
        }
        sftp_closedir(d);
        return true;
    }

    bool plan(OpHost &h)
    {
        m_items.clear();
        if (upload()) {
            const QFileInfo src(m_from);
            if (!src.exists()) {
                fail(h, Text::tr("%1 does not exist").arg(m_from));
                return false;
            }
            const QByteArray dest = sftpPath(m_to);
            if (src.isDir()) {
                m_items << Item{m_from, dest, 0, toMode(src.permissions()), src.lastModified().toSecsSinceEpoch(), true};
                QDirIterator it(m_from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
                while (it.hasNext() && m_items.size() < kMaxEntries) {
                    const QFileInfo fi(it.next());
                    const QString rel = QDir(m_from).relativeFilePath(fi.filePath());
                    if (fi.isDir() || fi.isFile())
                        m_items << Item{fi.filePath(), dest + '/' + rel.toUtf8(), fi.isDir() ? 0 : fi.size(),
                                        toMode(fi.permissions()), fi.lastModified().toSecsSinceEpoch(), fi.isDir()};
                }
            } else {
                m_items << Item{m_from, dest, src.size(), toMode(src.permissions()), src.lastModified().toSecsSinceEpoch(), false};
            }
            // Parent folders of the destination are created as `mkdir -p` would.
            const qsizetype slash = dest.lastIndexOf('/');
            if (slash > 0 && !mkdirs(dest.left(slash)))
                return failed(h, Text::tr("cannot create the folder %1").arg(QString::fromUtf8(dest.left(slash))));
        } else {
            const QByteArray src = sftpPath(m_from);
            sftp_attributes a = sftp_stat(m_sftp, src.constData());
            if (!a)
                return failed(h, Text::tr("cannot read %1").arg(m_from));
            Item root{m_to, src, qint64(a->size), a->permissions & 07777, qint64(a->mtime),
                      a->type == SSH_FILEXFER_TYPE_DIRECTORY};
            sftp_attributes_free(a);
            m_items << root;
            if (root.isDir && !listRemote(src, m_to, 0))
                return failed(h, Text::tr("cannot list %1").arg(m_from));
        }
        for (const Item &i : std::as_const(m_items))
            m_res.totalBytes += i.size;
        m_index = 0;
        m_s = S::Open;
        return true;
    }

    bool openItem(OpHost &h)
    {
        if (m_index >= m_items.size()) {
            finishDirs();
            m_res.ok = true;
            report(true);
            finish(true);
            return false;
        }
        const Item &it = m_items[m_index];
        if (it.isDir) {
            if (upload()) {
                if (!mkdirs(it.remote))
                    return failed(h, Text::tr("cannot create the folder %1").arg(QString::fromUtf8(it.remote)));
            } else if (!QDir().mkpath(it.local)) {
                fail(h, Text::tr("cannot create the folder %1").arg(it.local));
                return false;
            }
            ++m_index;
            return true;
        }
        // Resume from what actually reached the destination: after a cut, the last write may or may
        // not have landed, and the destination's size says which.
        qint64 have = -1;
        if (upload()) {
            if (sftp_attributes a = sftp_stat(m_sftp, it.remote.constData())) {
                have = qint64(a->size);
                sftp_attributes_free(a);
            }
        } else if (QFileInfo::exists(it.local)) {
            have = QFileInfo(it.local).size();
        }
        m_offset = m_opt.resume && have > 0 && have <= it.size ? have : 0;
        m_local.setFileName(it.local);
        if (upload()) {
            if (!m_local.open(QIODevice::ReadOnly)) {
                fail(h, Text::tr("cannot read %1: %2").arg(it.local, m_local.errorString()));
                return false;
            }
            m_file = sftp_open(m_sftp, it.remote.constData(), platform::openFlagsForWriting(m_offset == 0),
                               kOwnerRead | kOwnerWrite);
        } else {
            QDir().mkpath(QFileInfo(it.local).path());
            if (!m_local.open(m_offset > 0 ? QIODevice::WriteOnly | QIODevice::Append
                                           : QIODevice::WriteOnly | QIODevice::Truncate)) {
                fail(h, Text::tr("cannot write %1: %2").arg(it.local, m_local.errorString()));
                return false;
            }
            m_file = sftp_open(m_sftp, it.remote.constData(), platform::openFlagsForReading(), 0);
        }
        if (!m_file) {
            m_local.close();
            return failed(h, Text::tr("cannot open %1").arg(QString::fromUtf8(it.remote)));
        }
        if (m_offset > 0 && (sftp_seek64(m_file, quint64(m_offset)) != 0 || (upload() && !m_local.seek(m_offset)))) {
            fail(h, Text::tr("cannot continue %1 at byte %2").arg(it.local).arg(m_offset));
            return false;
        }
        m_res.resumedBytes += m_offset;
        m_itemDone = m_offset;
        m_s = S::Copy;
        return true;
    }

    bool copyChunk(OpHost &h)
    {
        const Item &it = m_items[m_index];
        if (upload()) {
            const QByteArray data = m_local.read(kChunk);
            if (data.isEmpty())
                return closeItem(h);
            const ssize_t w = sftp_write(m_file, data.constData(), size_t(data.size()));
            if (w != data.size())
                return failed(h, Text::tr("writing %1 failed").arg(QString::fromUtf8(it.remote)));
            m_itemDone += w;
            m_res.bytes += w;
        } else {
            QByteArray buf(kChunk, Qt::Uninitialized);
            const ssize_t n = sftp_read(m_file, buf.data(), size_t(buf.size()));
            if (n == 0)
                return closeItem(h);
            if (n < 0)
                return failed(h, Text::tr("reading %1 failed").arg(QString::fromUtf8(it.remote)));
            if (m_local.write(buf.constData(), n) != n) {
                fail(h, Text::tr("cannot write %1: %2").arg(it.local, m_local.errorString()));
                return false;
            }
            m_itemDone += n;
            m_res.bytes += n;
        }
        report(false);
        return true;
    }

    bool closeItem(OpHost &h)
    {
        const Item &it = m_items[m_index];
        sftp_close(m_file);
        m_file = nullptr;
        m_local.close();
        if (m_opt.keepPermissions) {
            if (upload()) {
                if (sftp_chmod(m_sftp, it.remote.constData(), it.mode) != 0)
                    return failed(h, Text::tr("cannot set the permissions of %1").arg(QString::fromUtf8(it.remote)));
                timeval times[2] = {{long(it.mtime), 0}, {long(it.mtime), 0}};
                sftp_utimes(m_sftp, it.remote.constData(), times);
            } else {
                QFile::setPermissions(it.local, toQt(it.mode));
                QFile f(it.local);
                if (f.open(QIODevice::ReadWrite))
                    f.setFileTime(QDateTime::fromSecsSinceEpoch(it.mtime), QFileDevice::FileModificationTime);
            }
        }
        m_finishedBytes += it.size;
        m_itemDone = 0;
        ++m_res.files;
        ++m_index;
        m_s = S::Open;
        return true;
    }

    // Folder modes last: a read-only folder would otherwise refuse its own files.
    void finishDirs()
    {
        if (!m_opt.keepPermissions)
            return;
        for (qsizetype i = m_items.size() - 1; i >= 0; --i) {
            const Item &it = m_items[i];
            if (!it.isDir)
                continue;
            if (upload())
                sftp_chmod(m_sftp, it.remote.constData(), it.mode);
            else
                QFile::setPermissions(it.local, toQt(it.mode));
        }
    }

    void report(bool force)
    {
        const qint64 done = m_finishedBytes + m_itemDone;
        if (!force && m_lastReport.isValid() && m_lastReport.elapsed() < 100)
            return;
        m_lastReport.start();
        const qint64 total = m_res.totalBytes;
        m_promise->setProgressRange(0, 1000);
        m_promise->setProgressValue(total > 0 ? int(done * 1000 / total) : 1000);
        // Progress runs in the connection's thread, like every other answer of the runner.
        if (m_opt.onProgress && m_ctx)
            m_ctx->post([cb = m_opt.onProgress, done, total] { cb(done, total); });
    }

    void closeFiles(bool sessionAlive)
    {
        // After a cut the handle belongs to a dead session: closing it would send a request into a
        // socket that is already shut down, which only fails; free it all the same.
        if (m_file) {
            if (sessionAlive || m_sftp)
                sftp_close(m_file);
            m_file = nullptr;
        }
        if (m_local.isOpen())
            m_local.close();
    }

    void finish(bool withResult)
    {
        m_s = S::Done;
        if (withResult && !m_promise->isCanceled())
            m_promise->addResult(m_res);
        m_promise->finish();
    }

    TransferDirection m_dir;
    QString m_from, m_to;
    TransferOptions m_opt;
    std::shared_ptr<QPromise<TransferResult>> m_promise;
    S m_s = S::Plan;
    QList<Item> m_items;
    qsizetype m_index = 0;
    qint64 m_offset = 0, m_itemDone = 0, m_finishedBytes = 0;
    QFile m_local;
    sftp_file m_file = nullptr;
    sftp_session m_sftp = nullptr;
    ssh_session m_session = nullptr;
    Handoff *m_ctx = nullptr;
    TransferResult m_res;
    QElapsedTimer m_lastReport;
};

}  // namespace

std::shared_ptr<Op> makeTransferOp(TransferDirection direction, const QString &from, const QString &to,
                                   const TransferOptions &options, std::shared_ptr<QPromise<TransferResult>> promise)
{
    return std::make_shared<TransferOp>(direction, from, to, options, std::move(promise));
}

}  // namespace fab::remote
