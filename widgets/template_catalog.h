#pragma once
// The experiment templates compiled into the app (resources/templates/), and making a new experiment
// folder from one: experiment.json plus the files its files.upload names, looked up in the template's
// own folder, then in the shared files (":/templates/_shared/", ":/python/").
#include <QString>
#include <QStringList>

namespace fab::widgets {

struct TemplateInfo {
    QString name;         // the folder name, e.g. "pytorch-single-gpu"
    QString description;  // one line, from resources/templates/README.md
};

// Sorted as the README lists them; templates missing from the README come last.
QList<TemplateInfo> listTemplates();

struct TemplateCopy {
    QString experimentPath;      // <folder>/experiment.json
    QStringList written;         // relative paths written
    QStringList createdFolders;  // upload folders ("data/") not shipped: created empty for the user to fill
    QStringList missing;         // uploads Fabbrica does not ship: the user must add them
    QStringList conflicts;       // files that exist already (nothing was written)
    QString error;
    bool ok() const { return error.isEmpty() && conflicts.isEmpty(); }
};

// Copies template `name` into `folder` (created when missing). Without `overwrite`, an existing file
// stops the copy before anything is written, and `conflicts` lists them so the caller can ask. The
// experiment is renamed after the folder when the folder's name is a valid experiment name. Does
// file I/O: call it off the GUI thread.
TemplateCopy instantiateTemplate(const QString &name, const QString &folder, bool overwrite);

}  // namespace fab::widgets
