#pragma once
#include "core/issue.h"
#include "core/json_util.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace fab {

struct LoadedExperiment;

// The job spec a user edits: resources, environment, command with {placeholders}, parameters, sweep.
// On disk it is JSON with a "schema" field (fabbrica.experiment/N); older files are migrated on load.
struct Experiment {
    static constexpr int kSchemaVersion = 1;
    static QString schemaId(int version = kSchemaVersion);

    struct Resources {
        QString account, partition, qos, mem, time, reservation;  // empty = not set (null in JSON)
        int nodes = 1;
        int gpusPerNode = 0;
        int cpusPerTask = 1;
    };
    struct Environment {
        QStringList modules;
        QString container;
        QList<std::pair<QString, QString>> env;  // ordered, as written
    };
    struct Sweep {
        QString mode = QStringLiteral("grid");  // grid | random
        json::Json axes = json::Json::object();  // name -> [values]
        int samples = 0;                         // random mode: how many draws
        int maxConcurrent = 0;                   // Slurm's %N array throttle; 0 = no limit
        int seed = 0;                            // random mode: reproducible draws
    };
    struct Metrics {
        QString path = QStringLiteral("metrics.jsonl");
        QString format = QStringLiteral("jsonl");
        QString pattern;  // format "regex": named groups step, and one per metric
    };

    QString name;
    QString kind = QStringLiteral("cluster");  // cluster | local-finetune
    QString cluster;                           // profile name; "this-computer" runs locally
    Resources resources;
    Environment environment;
    QStringList uploads;
    QString command;
    json::Json parameters = json::Json::object();
    std::optional<Sweep> sweep;
    Metrics metrics;
    json::Json finetune = json::Json::object();  // kind local-finetune: engine settings (local-gpu/)

    json::Json toJson() const;
    QByteArray toBytes() const;  // pretty JSON with a final newline

    // Reads from JSON that passed validate(); unknown or wrong-typed values fall back to defaults.
    static Experiment fromJson(const json::Json &j);

    // Checks every field; each Issue names the JSON pointer of the offending value and the fix.
    static Issues validate(const json::Json &j);

    // Rewrites an older schema in place to the current one. Returns false (with the reason in
    // *error) for a file from a newer Fabbrica or an unknown schema.
    static bool migrate(json::Json &j, bool *changed, Issue *error);

    using Loaded = LoadedExperiment;
    static Loaded parse(const QByteArray &bytes);
    static Loaded load(const QString &path);

    // Atomic (QSaveFile): a crash while saving leaves the previous file whole.
    bool save(const QString &path, QString *error) const;
};

struct LoadedExperiment {
    std::optional<Experiment> experiment;  // set only when there are no issues
    Issues issues;
    bool migrated = false;  // true when the file used an older schema
};

// Slurm wall-time formats: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S. nullopt when not one of them.
std::optional<qint64> parseSlurmDuration(const QString &text);

// The {name} placeholders of a command, in order of first use. "${VAR}" (shell) and "{{"/"}}"
// (literal braces) are not placeholders.
QStringList commandPlaceholders(const QString &command);

}  // namespace fab
