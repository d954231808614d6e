#pragma once
// A workshop bundle: one file a teacher prepares and thirty people open. It carries cluster profiles
// (never secrets: no user name, no key path, nothing a keychain holds), experiment templates with their
// small files, a Slurm reservation name and small data files. The format is one JSON document
// ("fabbrica.bundle/1", file extension .fabbrica) with file contents in base64, so it needs no archive
// library on any platform and can be inspected with a text editor.
//
// Reading is defensive: a bundle comes from someone else. Every path must be relative and stay inside
// its folder, every profile and experiment is validated, and sizes are bounded, before anything is
// written. Installing never overwrites: an existing profile or folder gets a new name.
#include "core/cluster_profile.h"
#include "core/experiment.h"
#include "core/issue.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace fab {

struct BundleFile {
    QString path;      // relative, '/'-separated, no "..", e.g. "data/tiny.txt"
    QByteArray bytes;
};

struct BundleTemplate {
    QString name;              // folder name the experiment is installed under
    Experiment experiment;
    QList<BundleFile> files;   // beside experiment.json (its uploads)
};

struct WorkshopBundle {
    static constexpr int kSchemaVersion = 1;
    static QString schemaId() { return QStringLiteral("fabbrica.bundle/1"); }
    // The whole file stays small: it is mailed and put on USB sticks. Data sets belong on the cluster.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    QString title;            // "HPC for SMEs — Ljubljana, March 2027"
    QString description;
    QString reservation;      // applied to every experiment that has none
    QList<ClusterProfile> profiles;
    QList<BundleTemplate> templates;
    QList<BundleFile> data;   // installed into <workshop folder>/data/

    QByteArray toBytes() const;
    // Issues name the JSON path of what is wrong (e.g. "/templates/0/files/1/path").
    static std::optional<WorkshopBundle> parse(const QByteArray &bytes, Issues *issues);
    static std::optional<WorkshopBundle> load(const QString &path, Issues *issues);
    bool save(const QString &path, QString *error) const;
};

// What a teacher's profile becomes in a bundle: who-and-how fields dropped (user, identity file, known
// hosts file, proxy jump user names), the rest kept.
ClusterProfile profileForBundle(const ClusterProfile &p);

// Builds a template from an experiment folder: experiment.json plus the files its uploads name
// (folders are walked). Issues when a file is missing or the total grows past the bundle limit.
std::optional<BundleTemplate> templateFromFolder(const QString &experimentPath, Issues *issues);

struct BundleInstall {
    QString workshopDir;          // <dataDir>/workshops/<title>
    QStringList profiles;         // names written (renamed where one existed)
    QStringList experiments;      // experiment.json paths written
    QStringList dataFiles;        // absolute paths written
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Writes the bundle's profiles into `profilesDir` and its templates and data under
// `dataDir`/workshops/<title>/. Never overwrites anything. Does file I/O: off the GUI thread.
BundleInstall installBundle(const WorkshopBundle &b, const QString &profilesDir, const QString &dataDir);

// A name made safe for a file or folder: letters, digits, '-', '_', '.', at most 64 characters.
QString safeFileName(const QString &text);

}  // namespace fab

Q_DECLARE_METATYPE(fab::BundleInstall)
