#include "core/cluster_profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace fab {

using json::Json;

namespace {
// lupdate reads the context from this declaration; it must match the one used at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::ClusterProfile)
};
}  // namespace

ClusterProfile ClusterProfile::thisComputer()
{
    ClusterProfile p;
    p.name = QString::fromLatin1(kThisComputer);
    p.displayName = Text::tr("This computer");
    p.host = QStringLiteral("localhost");
    p.port = 0;
    p.scheduler = QStringLiteral("local");
    p.knownHosts.clear();
    p.workDir.clear();  // runs go to the data folder
    p.preset = true;
    return p;
}

static Json nullable(const QString &s) { return s.isEmpty() ? Json(nullptr) : json::fromQString(s); }

Json ClusterProfile::toJson() const
{
    Json j = Json::object();
    j["schema"] = schemaId().toStdString();
    j["name"] = name.toStdString();
    if (!displayName.isEmpty())
        j["display_name"] = displayName.toStdString();
    j["host"] = host.toStdString();
    j["port"] = port;
    j["user"] = user.toStdString();
    j["identity_file"] = nullable(identityFile);
    j["proxy_jump"] = nullable(proxyJump);
    j["known_hosts"] = nullable(knownHosts);
    j["scheduler"] = scheduler.toStdString();
    j["budget_tool"] = nullable(budgetTool);
    j["work_dir"] = nullable(workDir);
    j["defaults"] = Json{{"account", nullable(defaultAccount)},
                         {"partition", nullable(defaultPartition)},
                         {"qos", nullable(defaultQos)}};
    if (!source.isEmpty())
        j["source"] = source.toStdString();
    return j;
}

Issues ClusterProfile::validate(const Json &j)
{
    Issues issues;
    auto add = [&](const QString &path, const QString &msg) { issues << Issue{path, msg}; };
    if (!j.is_object()) {
        add(QString(), Text::tr("a profile file must hold one JSON object, got %1").arg(json::describe(j)));
        return issues;
    }
    static const QStringList known{
        QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("host"),
        QStringLiteral("port"), QStringLiteral("user"), QStringLiteral("identity_file"), QStringLiteral("proxy_jump"),
        QStringLiteral("known_hosts"), QStringLiteral("scheduler"), QStringLiteral("budget_tool"),
        QStringLiteral("work_dir"), QStringLiteral("defaults"), QStringLiteral("source"),
        QStringLiteral("host_key_fingerprints"), QStringLiteral("partitions"), QStringLiteral("notes"),
        // Preset facts shown to the user (where they came from is in "source").
        QStringLiteral("account_format"), QStringLiteral("module_hints"), QStringLiteral("gpu_vendor"),
        QStringLiteral("auth"), QStringLiteral("billing")};
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!known.contains(QString::fromStdString(it.key())))
            add(QLatin1Char('/') + QString::fromStdString(it.key()), Text::tr("unknown field; remove it"));
    if (j.value("schema", Json()) != schemaId().toStdString())
        add(QStringLiteral("/schema"), Text::tr("must be \"%1\"").arg(schemaId()));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$"));
    if (!j.contains("name") || !j["name"].is_string() || !name.match(json::str(j["name"])).hasMatch())
        add(QStringLiteral("/name"), Text::tr("must be 1–64 letters, digits, '.', '_' or '-', got %1")
                                         .arg(json::describe(j.value("name", Json()))));
    const bool local = j.value("scheduler", Json()) == "local";
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9_.:%\\[\\]-]+$"));
    if (!local && (!j.contains("host") || !j["host"].is_string() || !host.match(json::str(j["host"])).hasMatch()))
        add(QStringLiteral("/host"), Text::tr("must be a host name such as login.leonardo.cineca.it, got %1")
                                         .arg(json::describe(j.value("host", Json()))));
    if (j.contains("port") && (!j["port"].is_number_integer() || j["port"].get<long long>() < (local ? 0 : 1) ||
                               j["port"].get<long long>() > 65535))
        add(QStringLiteral("/port"), Text::tr("must be a whole number from 1 to 65535, got %1").arg(json::describe(j["port"])));
    static const QRegularExpression user(QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.@-]{0,63}$"));
    if (j.contains("user") && !(j["user"].is_string() &&
                                (json::str(j["user"]).isEmpty() || user.match(json::str(j["user"])).hasMatch())))
        add(QStringLiteral("/user"), Text::tr("must be a user name (letters, digits, '.', '_', '-'), got %1")
                                         .arg(json::describe(j["user"])));
    for (const char *key : {"identity_file", "proxy_jump", "known_hosts", "budget_tool", "work_dir", "display_name"})
        if (j.contains(key) && !j[key].is_null() && !j[key].is_string())
            add(QLatin1Char('/') + QString::fromLatin1(key), Text::tr("must be text in quotes or null, got %1").arg(json::describe(j[key])));
    if (j.contains("scheduler") && j["scheduler"] != "slurm" && j["scheduler"] != "local")
        add(QStringLiteral("/scheduler"), Text::tr("must be \"slurm\" or \"local\", got %1").arg(json::describe(j["scheduler"])));
    if (j.contains("defaults") && !j["defaults"].is_null()) {
        if (!j["defaults"].is_object())
            add(QStringLiteral("/defaults"), Text::tr("must be an object, got %1").arg(json::describe(j["defaults"])));
        else
            for (auto it = j["defaults"].begin(); it != j["defaults"].end(); ++it) {
                const QString k = QString::fromStdString(it.key());
                const QString p = QStringLiteral("/defaults/") + k;
                if (k != QLatin1String("account") && k != QLatin1String("partition") && k != QLatin1String("qos"))
                    add(p, Text::tr("unknown field; use account, partition or qos"));
                else if (!it.value().is_null() && !it.value().is_string())
                    add(p, Text::tr("must be text in quotes or null, got %1").arg(json::describe(it.value())));
            }
    }
    return issues;
}

std::optional<ClusterProfile> ClusterProfile::fromJson(const Json &j, Issues *issues)
{
    Issues found = validate(j);
    if (issues)
        *issues = found;
    if (!found.isEmpty())
        return std::nullopt;
    auto s = [&](const char *key) { return j.contains(key) ? json::str(j[key]) : QString(); };
    ClusterProfile p;
    p.name = s("name");
    p.displayName = s("display_name");
    p.host = s("host");
    p.port = j.contains("port") ? static_cast<int>(j["port"].get<long long>()) : 22;
    p.user = s("user");
    p.identityFile = s("identity_file");
    p.proxyJump = s("proxy_jump");
    if (j.contains("known_hosts"))
        p.knownHosts = s("known_hosts");
    if (j.contains("scheduler"))
        p.scheduler = s("scheduler");
    p.budgetTool = s("budget_tool");
    if (j.contains("work_dir"))
        p.workDir = s("work_dir");
    if (j.contains("defaults") && j["defaults"].is_object()) {
        const Json &d = j["defaults"];
        p.defaultAccount = d.contains("account") ? json::str(d["account"]) : QString();
        p.defaultPartition = d.contains("partition") ? json::str(d["partition"]) : QString();
        p.defaultQos = d.contains("qos") ? json::str(d["qos"]) : QString();
    }
    p.source = s("source");
    return p;
}

std::optional<ClusterProfile> ClusterProfile::load(const QString &path, Issues *issues)
{
    QByteArray bytes;
    QString error;
    if (!json::readFile(path, &bytes, &error, 1 << 20)) {
        if (issues)
            *issues = {Issue{QString(), error}};
        return std::nullopt;
    }
    Issue parseError;
    auto j = json::parse(bytes, &parseError);
    if (!j) {
        if (issues)
            *issues = {parseError};
        return std::nullopt;
    }
    return fromJson(*j, issues);
}

bool ClusterProfile::save(const QString &path, QString *error) const
{
    return json::writeFileAtomically(path, QByteArray::fromStdString(toJson().dump(2)) + '\n', error);
}

ProfileList loadProfiles(const QString &profilesDir)
{
    ProfileList out;
    out.profiles << ClusterProfile::thisComputer();
    const QDir dir(profilesDir);
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Issues issues;
        auto p = ClusterProfile::load(fi.absoluteFilePath(), &issues);
        if (!p) {
            out.broken.append({fi.absoluteFilePath(), issues});
            continue;
        }
        if (p->name == QLatin1String(ClusterProfile::kThisComputer)) {
            out.broken.append({fi.absoluteFilePath(), {Issue{QStringLiteral("/name"), Text::tr("\"this-computer\" is reserved for the built-in profile; rename it")}}});
            continue;
        }
        out.profiles << *p;
    }
    return out;
}

}  // namespace fab
