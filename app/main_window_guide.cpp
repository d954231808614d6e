// The newcomer's way in: the first-run guide, the sample run it starts on This computer (template
// copied off the GUI thread, opened, submitted, and the Metrics tab shown as its curve grows), and
// "Connect to a supercomputer", which opens the profile editor on the chosen centre's preset.
#include "app/main_window.h"

#include "core/paths.h"
#include "core/scheduler/scheduler.h"
#include "widgets/experiments_view.h"
#include "widgets/first_run_guide.h"
#include "widgets/metrics_view.h"
#include "widgets/profile_editor_dialog.h"
#include "widgets/profile_list_model.h"
#include "widgets/template_catalog.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QtConcurrent>

namespace fab::app {

static const char kGuideShown[] = "guide/shown";

bool MainWindow::showGuideIfNew()
{
    if (QSettings().value(QLatin1String(kGuideShown), false).toBool())
        return false;
    showGuide();
    return true;
}

void MainWindow::showGuide()
{
    QSettings().setValue(QLatin1String(kGuideShown), true);
    // The presets are compiled in (":/presets"): reading them is memory, not disk.
    QList<ClusterProfile> presets;
    for (const QFileInfo &fi : QDir(QStringLiteral(":/presets")).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Issues issues;
        if (auto p = ClusterProfile::load(fi.filePath(), &issues)) {
            p->preset = true;
            presets << *p;
        }
    }
    auto *guide = new widgets::FirstRunGuide(presets, this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    connect(guide, &widgets::FirstRunGuide::tryOnThisComputer, this, &MainWindow::runSample);
    connect(guide, &widgets::FirstRunGuide::openWorkshopBundle, this, &MainWindow::chooseBundleToImport);
    connect(guide, &widgets::FirstRunGuide::connectTo, this, [this](const ClusterProfile &preset) {
        auto *dialog = new widgets::ProfileEditorDialog(paths::profilesDir(), QString(), this);
        if (!preset.name.isEmpty())
            dialog->setProfile(preset);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &widgets::ProfileEditorDialog::saved, this, [this, dialog] {
            reloadProfiles();
            const int row = m_profiles->rowOf(dialog->profile().name);
            if (row >= 0)
                m_profileView->setCurrentIndex(m_profiles->index(row));
            statusBar()->showMessage(tr("Profile saved. Cluster ▸ Connect (Ctrl+Shift+C) opens the connection."), 15000);
        });
        dialog->open();
    });
    guide->open();
}

void MainWindow::runSample()
{
    statusBar()->showMessage(tr("Preparing the sample experiment…"));
    // A fresh folder each time: a sample the user has edited is never overwritten.
    const QString root = QDir(paths::dataDir()).filePath(QStringLiteral("experiments"));
    auto *watcher = new QFutureWatcher<widgets::TemplateCopy>(this);
    connect(watcher, &QFutureWatcher<widgets::TemplateCopy>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const widgets::TemplateCopy r = watcher->result();
        if (!r.ok()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Sample not prepared"),
                                        r.error.isEmpty() ? tr("Its files exist already.") : r.error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        const int local = m_profiles->rowOf(QStringLiteral("this-computer"));
        m_profileView->setCurrentIndex(m_profiles->index(qMax(0, local)));
        const QString path = QFileInfo(r.experimentPath).absoluteFilePath();
        // Submitted as soon as the editor has it open; the Metrics tab is shown once it runs.
        auto opened = std::make_shared<QMetaObject::Connection>();
        *opened = connect(m_experiments, &widgets::ExperimentsView::opened, this, [this, opened, path](const QString &p) {
            if (QFileInfo(p).absoluteFilePath() != path)
                return;
            disconnect(*opened);
            auto done = std::make_shared<QMetaObject::Connection>();
            *done = connect(this, &MainWindow::submitted, this, [this, done](const SubmitResult &s) {
                disconnect(*done);
                if (s.ok())  // after the submit's own switch to the Jobs tab
                    QTimer::singleShot(0, this, [this] { m_tabs->setCurrentWidget(m_metrics); });
            });
            submitCurrentExperiment();
        });
        openExperiment(path);
    });
    watcher->setFuture(QtConcurrent::run([root] {
        QString folder = QDir(root).filePath(QStringLiteral("sample-loss-curve"));
        for (int i = 2; QFileInfo::exists(folder); ++i)
            folder = QDir(root).filePath(QStringLiteral("sample-loss-curve-%1").arg(i));
        return widgets::instantiateTemplate(QStringLiteral("sample-this-computer"), folder, false);
    }));
}

}  // namespace fab::app
