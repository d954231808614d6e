#include "core/bundle/workshop_bundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <functional>

namespace fab {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::WorkshopBundle)
};

using json::Json;

constexpr int kMaxFiles = 2000;

// A path from someone else's file: relative, '/'-separated, no "." or ".." parts, no drive letters or
// backslashes (which mean something else on Windows), printable.
bool safeRelativePath(const QString &p)
{
    if (p.isEmpty() || p.size() > 512 || p.startsWith(QLatin1Char('/')) || p.contains(QLatin1Char('\\')) ||
        p.contains(QLatin1Char(':')))
        return false;
    for (const QString &part : p.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
        for (QChar c : part)
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return false;
    }
    return true;
}

Json filesToJson(const QList<BundleFile> &files)
{
    Json a = Json::array();
    for (const BundleFile &f : files)
        a.push_back(Json{{"path", f.path.toStdString()}, {"base64", f.bytes.toBase64().toStdString()}});
    return a;
}

std::optional<QList<BundleFile>> filesFromJson(const Json &j, const QString &path, qint64 *total, Issues *issues)
{
    QList<BundleFile> out;
    if (j.is_null())
        return out;
    if (!j.is_array()) {
        *issues << Issue{path, Text::tr("must be a list of files, got %1").arg(json::describe(j))};
        return std::nullopt;
    }
    for (size_t i = 0; i < j.size(); ++i) {
        const QString at = path + QStringLiteral("/%1").arg(i);
        const Json &f = j[i];
        if (!f.is_object() || !f.contains("path") || !f["path"].is_string() || !f.contains("base64") || !f["base64"].is_string()) {
            *issues << Issue{at, Text::tr("must be an object with \"path\" and \"base64\" text")};
            return std::nullopt;
        }
        const QString p = json::str(f["path"]);
        if (!safeRelativePath(p)) {
            *issues << Issue{at + QStringLiteral("/path"),
                             Text::tr("\"%1\" is not a safe relative path (no leading /, no .., no \\ or :)").arg(p)};
            return std::nullopt;
        }
        const QByteArray b64 = QByteArray::fromStdString(f["base64"].get<std::string>());
        auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *issues << Issue{at + QStringLiteral("/base64"), Text::tr("is not valid base64")};
            return std::nullopt;
        }
        *total += decoded.decoded.size();
        out << BundleFile{p, decoded.decoded};
    }
    return out;
}

}  // namespace

QString safeFileName(const QString &text)
{
    QString s;
    for (QChar c : text.normalized(QString::NormalizationForm_KD))
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            s += c;
        else if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            s += c;
        else if (c.isSpace() && !s.endsWith(QLatin1Char('-')))
            s += QLatin1Char('-');
    while (s.startsWith(QLatin1Char('.')) || s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    s = s.left(64);
    return s.isEmpty() ? QStringLiteral("workshop") : s;
}

ClusterProfile profileForBundle(const ClusterProfile &p)
{
    ClusterProfile b = p;
    // Each participant has their own login and key; the teacher's would only be wrong (and personal).
    b.user.clear();
    b.identityFile.clear();
    b.knownHosts = ClusterProfile{}.knownHosts;
    QStringList hops;
    for (const QString &hop : p.proxyJump.split(QLatin1Char(','), Qt::SkipEmptyParts))
        hops << hop.section(QLatin1Char('@'), -1);  // "user@host:port" -> "host:port"
    b.proxyJump = hops.join(QLatin1Char(','));
    b.preset = false;
    return b;
}

QByteArray WorkshopBundle::toBytes() const
{
    Json j;
    j["schema"] = schemaId().toStdString();
    j["title"] = title.toStdString();
    j["description"] = description.toStdString();
    j["reservation"] = reservation.isEmpty() ? Json() : Json(reservation.toStdString());
    j["profiles"] = Json::array();
    for (const ClusterProfile &p : profiles)
        j["profiles"].push_back(profileForBundle(p).toJson());
    j["templates"] = Json::array();
    for (const BundleTemplate &t : templates)
        j["templates"].push_back(Json{{"name", t.name.toStdString()}, {"experiment", t.experiment.toJson()},
                                      {"files", filesToJson(t.files)}});
    j["data"] = filesToJson(data);
    return QByteArray::fromStdString(j.dump(1)) + '\n';
}

std::optional<WorkshopBundle> WorkshopBundle::parse(const QByteArray &bytes, Issues *issues)
{
    if (bytes.size() > kMaxBytes) {
        *issues << Issue{QString(), Text::tr("the bundle is %1 MB; Fabbrica opens bundles up to %2 MB")
                                        .arg(bytes.size() >> 20).arg(kMaxBytes >> 20)};
        return std::nullopt;
    }
    Issue syntax;
    const auto parsed = json::parse(bytes, &syntax);
    if (!parsed) {
        *issues << syntax;
        return std::nullopt;
    }
    const Json &j = *parsed;
    if (!j.is_object()) {
        *issues << Issue{QString(), Text::tr("is not a workshop bundle (expected a JSON object)")};
        return std::nullopt;
    }
    if (!j.contains("schema") || !j["schema"].is_string() || json::str(j["schema"]) != schemaId()) {
        const QString got = j.contains("schema") ? json::describe(j["schema"]) : Text::tr("nothing");
        *issues << Issue{QStringLiteral("/schema"),
                         Text::tr("must be \"%1\", got %2 (a bundle from a newer Fabbrica? Update Fabbrica.)").arg(schemaId(), got)};
        return std::nullopt;
    }
    WorkshopBundle b;
    auto text = [&](const char *key) -> QString {
        return j.contains(key) && j[key].is_string() ? json::str(j[key]) : QString();
    };
    b.title = text("title").trimmed();
    b.description = text("description");
    b.reservation = text("reservation");
    if (b.title.isEmpty())
        *issues << Issue{QStringLiteral("/title"), Text::tr("is missing; a bundle needs a title")};
    if (!b.reservation.isEmpty() && !QRegularExpression(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$")).match(b.reservation).hasMatch())
        *issues << Issue{QStringLiteral("/reservation"),
                         Text::tr("\"%1\" is not a Slurm reservation name (letters, digits, _ . -)").arg(b.reservation)};

    const Json profiles = j.value("profiles", Json::array());
    if (!profiles.is_array())
        *issues << Issue{QStringLiteral("/profiles"), Text::tr("must be a list")};
    else
        for (size_t i = 0; i < profiles.size(); ++i) {
            Issues pi;
            auto p = ClusterProfile::fromJson(profiles[i], &pi);
            for (Issue is : pi) {
                is.path = QStringLiteral("/profiles/%1").arg(i) + is.path;
                *issues << is;
            }
            if (p && p->name == QLatin1String(ClusterProfile::kThisComputer))
                *issues << Issue{QStringLiteral("/profiles/%1/name").arg(i), Text::tr("\"this-computer\" is built in")};
            else if (p)
                b.profiles << profileForBundle(*p);  // even a hand-made bundle brings no one's login
        }

    qint64 total = 0;
    const Json templates = j.value("templates", Json::array());
    if (!templates.is_array())
        *issues << Issue{QStringLiteral("/templates"), Text::tr("must be a list")};
    else
        for (size_t i = 0; i < templates.size(); ++i) {
            const QString at = QStringLiteral("/templates/%1").arg(i);
            const Json &t = templates[i];
            if (!t.is_object() || !t.contains("experiment") || !t["experiment"].is_object()) {
                *issues << Issue{at, Text::tr("must be an object with an \"experiment\"")};
                continue;
            }
            const LoadedExperiment x = Experiment::parse(QByteArray::fromStdString(t["experiment"].dump()));
            for (Issue is : x.issues) {
                is.path = at + QStringLiteral("/experiment") + is.path;
                *issues << is;
            }
            auto files = filesFromJson(t.value("files", Json()), at + QStringLiteral("/files"), &total, issues);
            if (!x.experiment || !files)
                continue;
            BundleTemplate bt;
            bt.experiment = *x.experiment;
            bt.name = safeFileName(t.contains("name") && t["name"].is_string() ? json::str(t["name"]) : x.experiment->name);
            bt.files = *files;
            b.templates << bt;
        }
    if (auto data = filesFromJson(j.value("data", Json()), QStringLiteral("/data"), &total, issues))
        b.data = *data;
    int fileCount = int(b.data.size());
    for (const BundleTemplate &t : b.templates)
        fileCount += int(t.files.size());
    if (fileCount > kMaxFiles)
        *issues << Issue{QString(), Text::tr("the bundle holds %1 files; at most %2 are allowed").arg(fileCount).arg(kMaxFiles)};
    if (!issues->isEmpty())
        return std::nullopt;
    return b;
}

std::optional<WorkshopBundle> WorkshopBundle::load(const QString &path, Issues *issues)
{
    QByteArray bytes;
    QString error;
    if (!json::readFile(path, &bytes, &error, kMaxBytes + 1)) {
        *issues << Issue{QString(), error};
        return std::nullopt;
    }
    return parse(bytes, issues);
}

bool WorkshopBundle::save(const QString &path, QString *error) const
{
    return json::writeFileAtomically(path, toBytes(), error);
}

std::optional<BundleTemplate> templateFromFolder(const QString &experimentPath, Issues *issues)
{
    const LoadedExperiment x = Experiment::load(experimentPath);
    if (!x.experiment) {
        *issues << x.issues;
        return std::nullopt;
    }
    const QDir dir = QFileInfo(experimentPath).absoluteDir();
    BundleTemplate t;
    t.experiment = *x.experiment;
    t.name = safeFileName(dir.dirName());
    qint64 total = 0;
    for (int i = 0; i < x.experiment->uploads.size(); ++i) {
        QString rel = x.experiment->uploads[i];
        while (rel.endsWith(QLatin1Char('/')))
            rel.chop(1);
        const QFileInfo fi(dir.filePath(rel));
        QStringList files;
        if (fi.isDir()) {
            QDirIterator it(fi.filePath(), QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << dir.relativeFilePath(it.next());
        } else if (fi.isFile()) {
            files << rel;
        } else {
            *issues << Issue{QStringLiteral("/files/upload/%1").arg(i), Text::tr("%1 not found beside the experiment").arg(rel)};
            continue;
        }
        for (const QString &f : files) {
            QByteArray bytes;
            QString error;
            if (!json::readFile(dir.filePath(f), &bytes, &error, WorkshopBundle::kMaxBytes)) {
                *issues << Issue{QStringLiteral("/files/upload/%1").arg(i), error};
                continue;
            }
            total += bytes.size();
            t.files << BundleFile{f, bytes};
        }
    }
    if (total > WorkshopBundle::kMaxBytes)
        *issues << Issue{QString(), Text::tr("the files of %1 are %2 MB together; a bundle holds at most %3 MB. Put large "
                                             "data sets on the cluster instead.")
                                        .arg(t.name).arg(total >> 20).arg(WorkshopBundle::kMaxBytes >> 20)};
    if (!issues->isEmpty())
        return std::nullopt;
    return t;
}

namespace {

// "name", "name-2", "name-3", … : the first that `taken` says is free.
QString freeName(const QString &name, const std::function<bool(const QString &)> &taken)
{
    QString n = name;
    for (int i = 2; taken(n); ++i)
        n = QStringLiteral("%1-%2").arg(name).arg(i);
    return n;
}

bool writeFiles(const QString &root, const QList<BundleFile> &files, QStringList *written, QString *error)
{
    for (const BundleFile &f : files) {
        const QString target = QDir(root).filePath(f.path);
        // parse() checked the path; this is the last line of defence before a write.
        if (!QDir::cleanPath(target).startsWith(QDir::cleanPath(root) + QLatin1Char('/'))) {
            *error = Text::tr("refused to write %1 outside %2").arg(f.path, root);
            return false;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !json::writeFileAtomically(target, f.bytes, error))
            return false;
        if (written)
            *written << target;
    }
    return true;
}

}  // namespace

BundleInstall installBundle(const WorkshopBundle &b, const QString &profilesDir, const QString &dataDir)
{
    BundleInstall r;
    const QString workshops = QDir(dataDir).filePath(QStringLiteral("workshops"));
    r.workshopDir = freeName(QDir(workshops).filePath(safeFileName(b.title)), [](const QString &p) { return QFileInfo::exists(p); });
    if (!QDir().mkpath(r.workshopDir) || !QDir().mkpath(profilesDir)) {
        r.error = Text::tr("cannot create %1").arg(r.workshopDir);
        return r;
    }
    for (ClusterProfile p : b.profiles) {
        p.name = freeName(p.name, [&](const QString &n) {
            return QFileInfo::exists(QDir(profilesDir).filePath(n + QStringLiteral(".json")));
        });
        if (!p.save(QDir(profilesDir).filePath(p.name + QStringLiteral(".json")), &r.error))
            return r;
        r.profiles << p.name;
    }
    // The bundle's first profile is where its experiments go, unless they name one it carries.
    const QString firstProfile = r.profiles.isEmpty() ? QString() : r.profiles.first();
    for (const BundleTemplate &t : b.templates) {
        const QString folder = freeName(QDir(r.workshopDir).filePath(t.name), [](const QString &p) { return QFileInfo::exists(p); });
        if (!QDir().mkpath(folder) || !writeFiles(folder, t.files, nullptr, &r.error)) {
            if (r.error.isEmpty())
                r.error = Text::tr("cannot create %1").arg(folder);
            return r;
        }
        Experiment x = t.experiment;
        if (x.resources.reservation.isEmpty())
            x.resources.reservation = b.reservation;
        for (int i = 0; i < b.profiles.size(); ++i)
            if (x.cluster == b.profiles[i].name)
                x.cluster = r.profiles[i];  // follows a rename
        if (x.cluster.isEmpty() && !firstProfile.isEmpty())
            x.cluster = firstProfile;
        const QString path = QDir(folder).filePath(QStringLiteral("experiment.json"));
        if (!x.save(path, &r.error))
            return r;
        r.experiments << path;
    }
    writeFiles(QDir(r.workshopDir).filePath(QStringLiteral("data")), b.data, &r.dataFiles, &r.error);
    return r;
}

}  // namespace fab
