#include "widgets/template_catalog.h"

#include "core/json_util.h"
#include "widgets/experiment_editor_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace fab::widgets {

namespace {

const QString kTemplates = QStringLiteral(":/templates");

// The README's table: | `name` | what it is for |
QList<std::pair<QString, QString>> readmeDescriptions()
{
    QList<std::pair<QString, QString>> out;
    QFile f(kTemplates + QStringLiteral("/README.md"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression row(QStringLiteral("^\\|\\s*`([^`]+)`\\s*\\|\\s*(.+?)\\s*\\|\\s*$"));
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const auto m = row.match(line);
        if (m.hasMatch())
            out.append({m.captured(1), m.captured(2).replace(QLatin1Char('`'), QString())});
    }
    return out;
}

// Where an upload named by a template comes from: its own folder first, then the shared files.
QString sourceOf(const QString &templateName, const QString &upload)
{
    const QString rel = upload.endsWith(QLatin1Char('/')) ? upload.chopped(1) : upload;
    for (const QString &dir : {kTemplates + QLatin1Char('/') + templateName, kTemplates + QStringLiteral("/_shared"),
                               QStringLiteral(":/python")}) {
        const QFileInfo fi(dir + QLatin1Char('/') + rel);
        if (fi.exists() && fi.isDir() == upload.endsWith(QLatin1Char('/')))
            return fi.filePath();
    }
    return {};
}

}  // namespace

QList<TemplateInfo> listTemplates()
{
    const auto described = readmeDescriptions();
    QStringList folders;
    for (const QString &entry : QDir(kTemplates).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (!entry.startsWith(QLatin1Char('_')) && QFile::exists(kTemplates + QLatin1Char('/') + entry + QStringLiteral("/experiment.json")))
            folders << entry;
    QList<TemplateInfo> out;
    for (const auto &[name, description] : described)
        if (folders.removeAll(name) > 0)
            out.append({name, description});
    for (const QString &name : folders)
        out.append({name, QString()});
    return out;
}

TemplateCopy instantiateTemplate(const QString &name, const QString &folder, bool overwrite)
{
    TemplateCopy r;
    const QDir dest(folder);
    r.experimentPath = dest.filePath(QStringLiteral("experiment.json"));
    QByteArray bytes;
    if (name.isEmpty() || name.contains(QLatin1Char('/')) ||
        !json::readFile(kTemplates + QLatin1Char('/') + name + QStringLiteral("/experiment.json"), &bytes, &r.error)) {
        if (r.error.isEmpty())
            r.error = QCoreApplication::translate("fab::widgets::TemplateCatalog", "There is no template \"%1\".").arg(name);
        return r;
    }
    Issue issue;
    auto j = json::parse(bytes, &issue);
    if (!j) {
        r.error = issue.message;
        return r;
    }
    // The plan: relative destination → source in the resources ("" for a folder to create).
    QList<std::pair<QString, QString>> files{{QStringLiteral("experiment.json"), QString()}};
    QStringList folders;
    if (auto up = j->find("files"); up != j->end() && up->is_object() && up->contains("upload") && (*up)["upload"].is_array()) {
        for (const auto &u : (*up)["upload"]) {
            if (!u.is_string())
                continue;
            const QString rel = json::str(u);
            const QString src = sourceOf(name, rel);
            if (src.isEmpty()) {
                if (rel.endsWith(QLatin1Char('/')))
                    folders << rel.chopped(1);
                else
                    r.missing << rel;
                continue;
            }
            if (QFileInfo(src).isDir()) {
                QDirIterator it(src, QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString file = it.next();
                    files.append({rel.chopped(1) + QLatin1Char('/') + QDir(src).relativeFilePath(file), file});
                }
                folders << rel.chopped(1);
            } else {
                files.append({rel, src});
            }
        }
    }
    for (const auto &[rel, src] : files)
        if (QFileInfo::exists(dest.filePath(rel)))
            r.conflicts << rel;
    if (!r.conflicts.isEmpty() && !overwrite)
        return r;
    r.conflicts.clear();

    // The experiment takes the folder's name when that is a valid name: the run folders and job
    // names then say which experiment they belong to.
    QString text = QString::fromUtf8(bytes);
    const QString base = QFileInfo(QDir::cleanPath(folder)).fileName();
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$"));
    if (validName.match(base).hasMatch())
        if (auto renamed = jsontext::editText(text, QStringLiteral("/name"), json::fromQString(base)))
            text = *renamed;

    if (!QDir().mkpath(dest.absolutePath())) {
        r.error = QCoreApplication::translate("fab::widgets::TemplateCatalog", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(dest.absolutePath()));
        return r;
    }
    for (const QString &f : folders) {
        if (!QFileInfo::exists(dest.filePath(f)))
            r.createdFolders << f + QLatin1Char('/');
        dest.mkpath(f);
    }
    for (const auto &[rel, src] : files) {
        QByteArray content = text.toUtf8();
        if (!src.isEmpty() && !json::readFile(src, &content, &r.error))
            return r;
        const QString target = dest.filePath(rel);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!json::writeFileAtomically(target, content, &r.error))
            return r;
        r.written << rel;
    }
    return r;
}

}  // namespace fab::widgets
