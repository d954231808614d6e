#include "widgets/scale_up_dialog.h"

#include "core/paths.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fab::widgets {

namespace {
// The user's profiles (as loadProfiles reads them) and the presets compiled into the app, each with its
// raw JSON: the GPU vendor and the partitions are preset facts ClusterProfile does not carry.
QList<ScaleUpDialog::Target> readTargets()
{
    QList<ScaleUpDialog::Target> out;
    QStringList names;
    auto readDir = [&](const QString &dir, bool preset) {
        for (const QFileInfo &fi : QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QByteArray bytes;
            QString error;
            Issue parseError;
            if (!json::readFile(fi.filePath(), &bytes, &error))
                continue;
            const auto raw = json::parse(bytes, &parseError);
            Issues issues;
            const auto profile = raw ? ClusterProfile::fromJson(*raw, &issues) : std::nullopt;
            // Broken files are the Profiles list's business to report; here they are simply not offered.
            if (!profile || profile->isLocal() || names.contains(profile->name))
                continue;
            ScaleUpDialog::Target t{*profile, *raw, localgpu::scaleUpRefusal(*raw)};
            t.profile.preset = preset;
            names << profile->name;
            out << t;
        }
    };
    readDir(paths::profilesDir(), false);
    readDir(QStringLiteral(":/presets"), true);
    return out;
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
}  // namespace

ScaleUpDialog::ScaleUpDialog(const localgpu::TrainConfig &run, const QString &runDir, QWidget *parent)
    : QDialog(parent), m_run(run), m_runDir(runDir)
{
    setObjectName(QStringLiteral("scaleUpDialog"));
    setWindowTitle(tr("Scale up to a cluster"));
    resize(780, 640);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The same fine-tune, bigger: %1 becomes a cluster experiment with the same "
                                "hyperparameters. It starts from this run's exported model and trains with PyTorch "
                                "(transformers, peft) under torchrun, logging the same metrics.")
                                 .arg(QFileInfo(runDir).fileName()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileBox"));
    m_profile->addItem(tr("Reading cluster profiles…"));
    m_profile->setEnabled(false);
    form->addRow(tr("&Cluster"), m_profile);
    m_partition = new QComboBox(this);
    m_partition->setEditable(true);
    form->addRow(tr("&Partition"), m_partition);
    m_account = new QLineEdit(this);
    m_account->setPlaceholderText(tr("project account (optional here; Slurm may require it)"));
    form->addRow(tr("&Account"), m_account);
    m_nodes = new QSpinBox(this);
    m_nodes->setRange(1, 1024);
    m_gpus = new QSpinBox(this);
    m_gpus->setRange(1, 16);
    m_gpus->setValue(4);
    auto *sizes = new QHBoxLayout;
    sizes->addWidget(new QLabel(tr("Nodes"), this));
    sizes->addWidget(m_nodes);
    sizes->addWidget(new QLabel(tr("GPUs per node"), this));
    sizes->addWidget(m_gpus);
    sizes->addStretch(1);
    form->addRow(tr("Size"), sizes);
    m_time = new QLineEdit(QStringLiteral("02:00:00"), this);
    m_time->setToolTip(tr("Slurm wall time: hours:minutes:seconds, minutes, or days-hours:minutes"));
    form->addRow(tr("&Wall time"), m_time);
    m_name = new QLineEdit(QFileInfo(runDir).fileName().left(64), this);
    form->addRow(tr("&Name"), m_name);
    layout->addLayout(form);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("scaleUpProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); background: #b3261e; "
                                                 "border-radius: 4px; padding: 6px; }"));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("scaleUpPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview->setFont(mono);
    layout->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveOpen = buttons->addButton(tr("Save and &open in editor"), QDialogButtonBox::AcceptRole);
    m_saveFolder = buttons->addButton(tr("Save to &folder…"), QDialogButtonBox::ActionRole);
    m_saveOpen->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Not QDialogButtonBox::accepted: the dialog closes only once the files are written.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_saveOpen, &QPushButton::clicked, this, [this] {
        saveInto(QDir(m_runDir).filePath(QStringLiteral("scale-up")), true);
    });
    connect(m_saveFolder, &QPushButton::clicked, this, &ScaleUpDialog::chooseFolder);
    layout->addWidget(buttons);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &ScaleUpDialog::profileChanged);
    connect(m_partition, &QComboBox::currentTextChanged, this, &ScaleUpDialog::rebuild);
    for (QSpinBox *s : {m_nodes, m_gpus})
        connect(s, &QSpinBox::valueChanged, this, &ScaleUpDialog::rebuild);
    for (QLineEdit *e : {m_time, m_name, m_account})
        connect(e, &QLineEdit::textChanged, this, &ScaleUpDialog::rebuild);

    connect(&m_loadWatcher, &QFutureWatcher<QList<Target>>::finished, this, [this] {
        m_targets = m_loadWatcher.result();
        m_loaded = true;
        const QSignalBlocker block(m_profile);
        m_profile->clear();
        for (const Target &t : m_targets)
            m_profile->addItem(t.refusal.isEmpty() ? t.profile.label() : tr("%1 (AMD GPUs: not for this script)").arg(t.profile.label()),
                               t.profile.name);
        m_profile->setEnabled(!m_targets.isEmpty());
        // Start on the first cluster the script can run on.
        int first = 0;
        while (first < m_targets.size() && !m_targets[first].refusal.isEmpty())
            ++first;
        m_profile->setCurrentIndex(first < m_targets.size() ? first : 0);
        profileChanged();  // the signal was blocked while the list was filled
        emit profilesReady();
    });
    m_loadWatcher.setFuture(QtConcurrent::run(readTargets));

    connect(&m_saveWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_saveOpen->setEnabled(true);
        m_saveFolder->setEnabled(true);
        const QString error = m_saveWatcher.result();
        if (!error.isEmpty()) {
            m_problemLabel->setText(error);
            m_problemLabel->show();
            emit saveFailed(error);
            return;
        }
        emit experimentSaved(m_savingPath, m_savingOpen);
        if (m_savingOpen)
            accept();
    });
    rebuild();
}

void ScaleUpDialog::profileChanged()
{
    // A new cluster brings its own partitions and defaults.
    const Target *t = currentTarget();
    {
        const QSignalBlocker block(m_partition);
        m_partition->clear();
        if (t) {
            if (auto parts = t->raw.find("partitions"); parts != t->raw.end() && parts->is_array())
                for (const auto &p : *parts)
                    if (p.is_object() && p.contains("name") && p["name"].is_string())
                        m_partition->addItem(json::str(p["name"]));
            if (!t->profile.defaultPartition.isEmpty() && m_partition->findText(t->profile.defaultPartition) < 0)
                m_partition->insertItem(0, t->profile.defaultPartition);
            m_partition->setCurrentText(t->profile.defaultPartition);
        }
    }
    {
        const QSignalBlocker block(m_account);
        m_account->setText(t ? t->profile.defaultAccount : QString());
    }
    rebuild();
}

const ScaleUpDialog::Target *ScaleUpDialog::currentTarget() const
{
    const int i = m_profile->currentIndex();
    return m_loaded && i >= 0 && i < m_targets.size() ? &m_targets[i] : nullptr;
}

QStringList ScaleUpDialog::profileNames() const
{
    QStringList names;
    for (const Target &t : m_targets)
        names << t.profile.name;
    return names;
}

bool ScaleUpDialog::selectProfile(const QString &name)
{
    const int i = m_profile->findData(name);
    if (i < 0)
        return false;
    m_profile->setCurrentIndex(i);
    return true;
}

void ScaleUpDialog::rebuild()
{
    m_plan.reset();
    m_experiment.reset();
    m_problem.clear();
    const Target *t = currentTarget();
    const int nodes = m_nodes->value(), gpus = m_gpus->value();
    QString error;
    localgpu::ScaleUpPlan plan;
    if (!m_loaded)
        m_problem = tr("Reading cluster profiles…");
    else if (!t)
        m_problem = tr("There is no cluster profile to scale up to: add one (Where to run) first.");
    else if (!t->refusal.isEmpty())
        m_problem = t->refusal;
    else if (!localgpu::planScaleUp(m_run, m_runDir, nodes, gpus, &plan, &error))
        m_problem = error;
    else if (!parseSlurmDuration(m_time->text().trimmed()))
        m_problem = tr("The wall time \"%1\" is not one Slurm understands: write hours:minutes:seconds such as "
                       "02:00:00.").arg(m_time->text());
    if (m_problem.isEmpty()) {
        Experiment e = localgpu::scaleUpExperiment(plan, m_name->text().trimmed(), nodes, gpus);
        e.cluster = t->profile.name;
        e.resources.time = m_time->text().trimmed();
        e.resources.partition = m_partition->currentText().trimmed();
        e.resources.account = m_account->text().trimmed();
        e.resources.qos = t->profile.defaultQos;
        const Issues issues = Experiment::validate(e.toJson());
        if (!issues.isEmpty())
            m_problem = tr("The experiment would not be valid: %1").arg(issues.first().toString());
        else {
            m_plan = plan;
            m_experiment = e;
        }
    }
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(m_loaded && !m_problem.isEmpty());
    m_saveOpen->setEnabled(m_experiment.has_value() && !m_saveWatcher.isRunning());
    m_saveFolder->setEnabled(m_experiment.has_value() && !m_saveWatcher.isRunning());

    QString text;
    if (m_plan && m_experiment) {
        text += tr("Uploaded into the job's folder (%n file(s), %1):\n", nullptr, int(m_plan->uploads.size()))
                    .arg(megabytes(m_plan->uploadBytes));
        for (const auto &[name, source] : m_plan->files) {
            // Sources in the run folder are named by their file name alone; others by their full path.
            const QString from = source.isEmpty() ? tr("the shipped training script")
                                 : QFileInfo(source).absolutePath() == QDir(m_runDir).absolutePath()
                                     ? tr("this run")
                                     : QDir::toNativeSeparators(source);
            const QString size = source.isEmpty() ? QString() : megabytes(QFileInfo(source).size());
            text += QStringLiteral("  %1  %2  (%3)\n").arg(name, size, from);
        }
        text += QLatin1Char('\n');
        for (const QString &n : m_plan->notes)
            text += QStringLiteral("• %1\n").arg(n);
        text += tr("• a PyTorch environment with transformers (and peft for LoRA) must be loaded: add the "
                   "cluster's modules or container in the editor\n");
        text += QLatin1Char('\n') + tr("Experiment:") + QLatin1Char('\n') + QString::fromUtf8(m_experiment->toBytes());
    }
    m_preview->setPlainText(text);
}

QString ScaleUpDialog::previewText() const { return m_preview->toPlainText(); }

void ScaleUpDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the cluster experiment"),
                                                             QDir(m_runDir).filePath(QStringLiteral("scale-up")));
    if (!folder.isEmpty())
        saveInto(folder, false);
}

void ScaleUpDialog::saveInto(const QString &folder, bool openInEditor)
{
    if (!m_plan || !m_experiment || m_saveWatcher.isRunning())
        return;
    localgpu::ScaleUpPlan plan = *m_plan;
    plan.folder = folder;
    plan.script = QDir(folder).filePath(QStringLiteral("finetune_gpt2.py"));
    const Experiment e = *m_experiment;
    m_savingPath = QDir(folder).filePath(e.name + QStringLiteral(".json"));
    m_savingOpen = openInEditor;
    m_saveOpen->setEnabled(false);
    m_saveFolder->setEnabled(false);
    // Linking or copying a model can take a while on some file systems: off the GUI thread.
    const QString path = m_savingPath;
    m_saveWatcher.setFuture(QtConcurrent::run([plan, e, path] {
        QString error;
        if (!QDir().mkpath(plan.folder) || !localgpu::stageScaleUp(plan, &error))
            return error.isEmpty() ? tr("cannot create %1").arg(plan.folder) : error;
        if (!e.save(path, &error))
            return error;
        return QString();
    }));
}

}  // namespace fab::widgets
