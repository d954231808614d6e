// Workshop bundles in the window: opening a .fabbrica file (File menu, the first-run guide, the file
// manager through the desktop entry, or the command line) shows what it holds and installs it on
// "Add"; File ▸ Export workshop bundle packs the chosen profiles and the open experiment. Reading,
// packing and writing run off the GUI thread.
#include "app/main_window.h"

#include "core/bundle/workshop_bundle.h"
#include "core/paths.h"
#include "widgets/experiments_view.h"
#include "widgets/profile_list_model.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fab::app {

namespace {

struct LoadedBundle {
    std::optional<WorkshopBundle> bundle;
    Issues issues;
};

}  // namespace

void MainWindow::chooseBundleToImport()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open workshop bundle"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                                      tr("Workshop bundles (*.fabbrica)"));
    if (!file.isEmpty())
        openBundle(file);
}

void MainWindow::openBundle(const QString &path)
{
    statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<LoadedBundle>(this);
    connect(watcher, &QFutureWatcher<LoadedBundle>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        statusBar()->clearMessage();
        const LoadedBundle r = watcher->result();
        if (!r.bundle) {
            QStringList lines;
            for (const Issue &i : r.issues.mid(0, 8))
                lines << i.toString();
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Not a usable workshop bundle"),
                                        tr("%1 cannot be opened:").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("bundleRefused"));
            box->setInformativeText(lines.join(QLatin1Char('\n')));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        const WorkshopBundle b = *r.bundle;
        // Say what will be added before anything is written.
        QStringList what;
        for (const ClusterProfile &p : b.profiles)
            what << tr("cluster profile %1 (%2)").arg(p.label(), p.host);
        for (const BundleTemplate &t : b.templates)
            what << tr("experiment %1").arg(t.name);
        if (!b.data.isEmpty())
            what << tr("%n data file(s)", nullptr, int(b.data.size()));
        QString text = tr("<h3>%1</h3>").arg(b.title.toHtmlEscaped());
        if (!b.description.isEmpty())
            text += QStringLiteral("<p>%1</p>").arg(b.description.toHtmlEscaped());
        text += tr("<p>It adds:</p><ul><li>%1</li></ul>").arg(what.join(QStringLiteral("</li><li>")).toHtmlEscaped().replace(
            QStringLiteral("&lt;/li&gt;&lt;li&gt;"), QStringLiteral("</li><li>")));
        if (!b.reservation.isEmpty())
            text += tr("<p>Its experiments use the reservation <b>%1</b>.</p>").arg(b.reservation.toHtmlEscaped());
        text += tr("<p>Nothing you have is replaced. You sign in with your own user name and key.</p>");
        auto *box = new QMessageBox(QMessageBox::Question, tr("Add workshop bundle?"), text, QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("bundleConfirmation"));
        QPushButton *add = box->addButton(tr("&Add"), QMessageBox::AcceptRole);
        box->setDefaultButton(add);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(add, &QPushButton::clicked, this, [this, b] { installBundleNow(b); });
        box->open();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        LoadedBundle r;
        r.bundle = WorkshopBundle::load(path, &r.issues);
        return r;
    }));
}

void MainWindow::installBundleNow(const WorkshopBundle &b)
{
    auto *watcher = new QFutureWatcher<BundleInstall>(this);
    connect(watcher, &QFutureWatcher<BundleInstall>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const BundleInstall r = watcher->result();
        reloadProfiles();
        emit bundleInstalled(r);
        if (!r.ok()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Bundle partly added"), r.error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        // Ready to go: the bundle's cluster selected and its first experiment open.
        if (!r.profiles.isEmpty())
            m_profileView->setCurrentIndex(m_profiles->index(qMax(0, m_profiles->rowOf(r.profiles.first()))));
        if (!r.experiments.isEmpty())
            openExperiment(r.experiments.first());
        statusBar()->showMessage(tr("Workshop added: %n experiment(s) in %1", nullptr, int(r.experiments.size()))
                                     .arg(QDir::toNativeSeparators(r.workshopDir)), 20000);
    });
    watcher->setFuture(QtConcurrent::run(installBundle, b, paths::profilesDir(), paths::dataDir()));
}

void MainWindow::exportBundle()
{
    // The teacher picks the profiles; the open experiment (with its files) goes in.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export workshop bundle"));
    auto *form = new QFormLayout;
    auto *title = new QLineEdit(&dialog);
    title->setPlaceholderText(tr("e.g. Fine-tuning on Leonardo — Bologna, 12 March"));
    auto *reservation = new QLineEdit(&dialog);
    reservation->setPlaceholderText(tr("the Slurm reservation the centre gave you (optional)"));
    auto *profiles = new QListWidget(&dialog);
    for (int row = 0; row < m_profiles->rowCount(); ++row)
        if (const ClusterProfile *p = m_profiles->profileAt(row); p && !p->isLocal()) {
            auto *item = new QListWidgetItem(p->label(), profiles);
            item->setData(Qt::UserRole, p->name);
            item->setCheckState(p->name == selectedProfile() ? Qt::Checked : Qt::Unchecked);
        }
    const QString experiment = m_experiments->currentPath();
    auto *withExperiment = new QCheckBox(experiment.isEmpty() ? tr("No experiment is open")
                                                              : tr("Include %1 and its files").arg(QFileInfo(experiment).dir().dirName()),
                                         &dialog);
    withExperiment->setChecked(!experiment.isEmpty());
    withExperiment->setEnabled(!experiment.isEmpty());
    form->addRow(tr("&Title"), title);
    form->addRow(tr("&Reservation"), reservation);
    form->addRow(tr("&Profiles"), profiles);
    form->addRow(QString(), withExperiment);
    auto *note = new QLabel(tr("Profiles go without your user name, key or any password: each participant signs in as themselves."), &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (title->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Export workshop bundle"), tr("Give the bundle a title: participants see it first."));
        return;
    }
    WorkshopBundle b;
    b.title = title->text().trimmed();
    b.reservation = reservation->text().trimmed();
    for (int i = 0; i < profiles->count(); ++i)
        if (profiles->item(i)->checkState() == Qt::Checked)
            if (const ClusterProfile *p = m_profiles->profileAt(m_profiles->rowOf(profiles->item(i)->data(Qt::UserRole).toString())))
                b.profiles << *p;
    const QString out = QFileDialog::getSaveFileName(this, tr("Save workshop bundle"),
                                                     QDir::home().filePath(safeFileName(b.title) + QStringLiteral(".fabbrica")),
                                                     tr("Workshop bundles (*.fabbrica)"));
    if (out.isEmpty())
        return;
    const QString exp = withExperiment->isChecked() ? experiment : QString();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, out] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Bundle not saved"), error);
        else
            statusBar()->showMessage(tr("Workshop bundle saved: %1").arg(QDir::toNativeSeparators(out)), 15000);
    });
    watcher->setFuture(QtConcurrent::run([b, exp, out]() mutable {
        if (!exp.isEmpty()) {
            Issues issues;
            auto t = templateFromFolder(exp, &issues);
            if (!t)
                return issues.isEmpty() ? QString() : issues.first().toString();
            b.templates << *t;
        }
        Issues issues;
        if (!WorkshopBundle::parse(b.toBytes(), &issues))
            return issues.first().toString();
        QString error;
        b.save(out, &error);
        return error;
    }));
}

}  // namespace fab::app
