// The groups of the experiment form, one function each, in the order of the experiment file.
#include "widgets/experiment_editor_document.h"
#include "widgets/experiment_editor_text.h"
#include "widgets/experiment_form.h"
#include "widgets/experiment_form_command.h"
#include "widgets/experiment_models.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>

#include <limits>

namespace fab::widgets {

using json::Json;

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *t = new QTableView(parent);
    // Name and value share the width: nothing scrolls sideways in a form this narrow.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->horizontalHeader()->setHighlightSections(false);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // long values elide; the tooltip and editor show them
    t->setTextElideMode(Qt::ElideMiddle);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setWordWrap(false);
    t->setCornerButtonEnabled(false);
    return t;
}

QSpinBox *makeSpin(QWidget *parent, int minimum, int maximum)
{
    auto *s = new QSpinBox(parent);
    s->setRange(minimum, maximum);
    s->setAccelerated(true);
    s->setFixedWidth(130);
    return s;
}

}  // namespace

void ExperimentForm::buildGeneral()
{
    QFormLayout *f;
    auto *box = group(tr("General"), &f);
    auto *name = new QLineEdit(box);
    name->setPlaceholderText(tr("e.g. gpt2-lora-lr-sweep"));
    addRow(f, tr("Name:"), name, QStringLiteral("/name"),
           tr("The job's name in the queue and the name of its run folder: letters, digits, '.', '_', '-'."));
    bindText(name, QStringLiteral("/name"), tr("name"), false);

    m_cluster = new QComboBox(box);
    m_cluster->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cluster->setMinimumContentsLength(12);
    addRow(f, tr("Run on:"), m_cluster, QStringLiteral("/cluster"),
           tr("Where the experiment runs: This computer (a local process), or a cluster profile. Picking a cluster "
              "fills an empty account and partition with the profile's defaults."));
    connect(m_cluster, &QComboBox::activated, this, &ExperimentForm::chooseCluster);
    m_refreshers << [this](const Json &doc) {
        const Json *v = jsontext::valueAt(doc, QStringLiteral("/cluster"));
        rebuildClusterCombo(v && v->is_string() ? json::str(*v) : v && !v->is_null() ? jsontext::inlineDump(*v) : QString());
    };
    rebuildClusterCombo(QString());
}

void ExperimentForm::setProfiles(const QList<ClusterProfile> &profiles)
{
    m_profiles = profiles;
    const Json *v = m_doc->hasJson() ? jsontext::valueAt(m_doc->json(), QStringLiteral("/cluster")) : nullptr;
    rebuildClusterCombo(v && v->is_string() ? json::str(*v) : QString());
}

void ExperimentForm::rebuildClusterCombo(const QString &current)
{
    QStringList names;
    for (const auto &p : m_profiles)
        names << p.name;
    // Rebuild only when the choices change; otherwise just select.
    QStringList have;
    for (int i = 0; i < m_cluster->count(); ++i)
        have << m_cluster->itemData(i).toString();
    QStringList want{QString()};
    want << names;
    if (!current.isEmpty() && !names.contains(current))
        want << current;
    if (have != want) {
        const QSignalBlocker block(m_cluster);
        m_cluster->clear();
        m_cluster->addItem(tr("(not chosen)"), QString());
        for (const auto &p : m_profiles) {
            const QString label = p.preset && !p.isLocal() ? tr("%1 (preset)").arg(p.label()) : p.label();
            m_cluster->addItem(QIcon(p.isLocal() ? QStringLiteral(":/icons/computer.svg") : QStringLiteral(":/icons/cluster.svg")),
                               label, p.name);
        }
        if (!current.isEmpty() && !names.contains(current))
            m_cluster->addItem(QIcon(QStringLiteral(":/icons/warning.svg")), tr("%1 (no such profile)").arg(current), current);
    }
    const QSignalBlocker block(m_cluster);
    m_cluster->setCurrentIndex(std::max(0, m_cluster->findData(current)));
}

void ExperimentForm::chooseCluster(int index)
{
    const QString name = m_cluster->itemData(index).toString();
    QList<ExperimentDocument::Edit> edits{{QStringLiteral("/cluster"), name.isEmpty() ? Json(nullptr) : json::fromQString(name)}};
    // The profile's defaults go only into empty fields: what the user typed stays.
    if (const ClusterProfile *p = profile(name)) {
        auto fill = [&](const char *key, const QString &value) {
            const QString ptr = QStringLiteral("/resources/") + QLatin1String(key);
            const Json *v = jsontext::valueAt(m_doc->json(), ptr);
            if (!value.isEmpty() && (!v || v->is_null() || (v->is_string() && v->get<std::string>().empty())))
                edits.append({ptr, json::fromQString(value)});
        };
        fill("account", p->defaultAccount);
        fill("partition", p->defaultPartition);
    }
    m_doc->apply(edits, tr("Choose where to run"));
}

void ExperimentForm::buildResources()
{
    QFormLayout *f;
    auto *box = group(tr("Resources"), &f);
    m_fields.insert(QStringLiteral("/resources"), box);
    struct TextField {
        const char *key;
        QString label, placeholder, help;
    };
    const QList<TextField> names{
        {"account", tr("Account:"), tr("profile default"),
         tr("The project whose budget pays for the job (--account), e.g. AIFAC_L13_018. Empty: the cluster "
            "profile's default.")},
        {"partition", tr("Partition:"), tr("profile default"),
         tr("The group of nodes the job runs on (--partition), e.g. a GPU partition such as boost_usr_prod. "
            "Empty: the profile's default.")},
        {"qos", tr("QoS:"), tr("default"),
         tr("Quality of service (--qos): a class of jobs with its own limits and priority, e.g. a short "
            "debug queue. Usually empty.")},
    };
    for (const auto &t : names) {
        auto *e = new QLineEdit(box);
        e->setPlaceholderText(t.placeholder);
        const QString ptr = QStringLiteral("/resources/") + QLatin1String(t.key);
        addRow(f, t.label, e, ptr, t.help);
        bindText(e, ptr, QString(t.label).remove(QLatin1Char(':')).toLower(), true);
    }
    auto *nodes = makeSpin(box, 1, 100000);
    addRow(f, tr("Nodes:"), nodes, QStringLiteral("/resources/nodes"),
           tr("How many machines (nodes) the job uses at once (--nodes). 1 unless the training script spreads "
              "over several nodes (torchrun, srun)."));
    bindInt(nodes, QStringLiteral("/resources/nodes"), tr("nodes"), 1);
    auto *gpus = makeSpin(box, 0, 4096);
    addRow(f, tr("GPUs per node:"), gpus, QStringLiteral("/resources/gpus_per_node"),
           tr("How many GPUs the job gets on each node (--gpus-per-node). 0 for a job without GPUs."));
    bindInt(gpus, QStringLiteral("/resources/gpus_per_node"), tr("GPUs per node"), 0);
    auto *cpus = makeSpin(box, 1, 100000);
    addRow(f, tr("CPUs per task:"), cpus, QStringLiteral("/resources/cpus_per_task"),
           tr("CPU cores for each task (--cpus-per-task): data loading and preprocessing run on these."));
    bindInt(cpus, QStringLiteral("/resources/cpus_per_task"), tr("CPUs per task"), 1);
    const QList<TextField> more{
        {"mem", tr("Memory:"), tr("e.g. 120G"),
         tr("Memory per node (--mem), e.g. 120G or 512M; a number alone means megabytes. Empty: the "
            "partition's default share.")},
        {"time", tr("Wall time:"), tr("e.g. 02:00:00"),
         tr("The longest the job may run (--time): 02:00:00 is two hours, 1-12:00:00 a day and a half. Slurm "
            "stops the job when it runs out, and the budget is held for the whole time.")},
        {"reservation", tr("Reservation:"), tr("none"),
         tr("Nodes the site has set aside for you (--reservation), e.g. for a course or a deadline. Usually "
            "empty.")},
    };
    for (const auto &t : more) {
        auto *e = new QLineEdit(box);
        e->setPlaceholderText(t.placeholder);
        const QString ptr = QStringLiteral("/resources/") + QLatin1String(t.key);
        addRow(f, t.label, e, ptr, t.help);
        bindText(e, ptr, QString(t.label).remove(QLatin1Char(':')).toLower(), true);
    }
}

void ExperimentForm::buildEnvironment()
{
    QFormLayout *f;
    auto *box = group(tr("Environment"), &f);
    m_fields.insert(QStringLiteral("/environment"), box);
    // Module names never hold spaces, so one line separated by spaces reads like `module load`.
    auto *modules = new QLineEdit(box);
    modules->setPlaceholderText(tr("e.g. profile/deeplrn cineca-ai"));
    addRow(f, tr("Modules:"), modules, QStringLiteral("/environment/modules"),
           tr("Environment modules loaded before the command (module load …), separated by spaces."));
    m_containers.insert(QStringLiteral("/environment/modules"), modules);
    auto toJson = [](const QString &text) {
        Json a = Json::array();
        for (const QString &m : text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
            a.push_back(m.toStdString());
        return a;
    };
    connect(modules, &QLineEdit::textEdited, this, [this, toJson](const QString &text) {
        m_doc->setValue(QStringLiteral("/environment/modules"), toJson(text), tr("Edit modules"),
                        QStringLiteral("/environment/modules"));
    });
    connect(modules, &QLineEdit::editingFinished, m_doc, &ExperimentDocument::breakMerge);
    m_refreshers << [modules, toJson](const Json &doc) {
        const Json *v = jsontext::valueAt(doc, QStringLiteral("/environment/modules"));
        const Json current = v && v->is_array() ? *v : Json::array();
        if (toJson(modules->text()) == current && (!v || v->is_array()))
            return;
        QStringList parts;
        for (const auto &m : current)
            parts << (m.is_string() ? json::str(m) : jsontext::inlineDump(m));
        modules->setText(v && !v->is_null() && !v->is_array() ? jsontext::inlineDump(*v) : parts.join(QLatin1Char(' ')));
    };

    auto *container = new QLineEdit(box);
    container->setPlaceholderText(tr("none"));
    addRow(f, tr("Container:"), container, QStringLiteral("/environment/container"),
           tr("An Apptainer/Singularity image (.sif) the command runs inside, e.g. $HOME/containers/pytorch.sif. "
              "Empty: no container."));
    bindText(container, QStringLiteral("/environment/container"), tr("container"), true);

    m_env = new KeyValueModel(KeyValueModel::ValueKind::Text, tr("Variable"), tr("Value"), this);
    auto *table = makeTable(box);
    table->setModel(m_env);
    auto *editor = listEditor(table, tr("Add variable"), tr("Remove selected variable"), [this, table] {
        const int row = m_env->addRow(QStringLiteral("NAME"));
        table->setCurrentIndex(m_env->index(row, KeyValueModel::KeyColumn));
        table->edit(table->currentIndex());
    });
    addRow(f, tr("Variables:"), editor, QStringLiteral("/environment/env"),
           tr("Environment variables set before the command; $VARS in values are expanded by the shell."));
    m_containers.insert(QStringLiteral("/environment/env"), editor);
    bindModel(m_env, QStringLiteral("/environment/env"), tr("variables"));
}

void ExperimentForm::buildFiles()
{
    QFormLayout *f;
    auto *box = group(tr("Files to upload"), &f);
    m_fields.insert(QStringLiteral("/files"), box);
    m_uploads = new StringListModel(tr("Path"), this);
    auto *list = new QListView(box);
    list->setModel(m_uploads);
    auto *editor = listEditor(list, tr("Add a file or folder"), tr("Remove selected file"), [this, list] {
        const int row = m_uploads->append(QString());
        list->setCurrentIndex(m_uploads->index(row));
        list->edit(list->currentIndex());
    });
    addRow(f, tr("Upload:"), editor, QStringLiteral("/files/upload"),
           tr("Files and folders (ending in /) next to the experiment file, copied into the run folder before "
              "the job starts. Paths are relative to the experiment's folder."));
    m_containers.insert(QStringLiteral("/files/upload"), editor);
    bindModel(m_uploads, QStringLiteral("/files/upload"), tr("files to upload"));
}

void ExperimentForm::buildCommand()
{
    QFormLayout *f;
    auto *box = group(tr("Command"), &f);
    m_command = new QPlainTextEdit(box);
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTabChangesFocus(true);
    m_command->setUndoRedoEnabled(false);  // the editor's undo stack covers it
    m_command->setFixedHeight(m_command->fontMetrics().lineSpacing() * 4 + 12);
    m_command->setPlaceholderText(tr("e.g. python train.py --lr {lr}"));
    m_highlighter = new PlaceholderHighlighter(m_command->document());
    addRow(f, tr("Run:"), m_command, QStringLiteral("/command"),
           tr("The shell command of each task. {name} is replaced by the parameter or sweep value of that name; "
              "write {{ and }} for literal braces. ${VAR} is the shell's."));
    connect(m_command, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            m_doc->setValue(QStringLiteral("/command"), json::fromQString(m_command->toPlainText()), tr("Edit command"),
                            QStringLiteral("/command"));
    });
    m_refreshers << [this](const Json &doc) {
        const Json *v = jsontext::valueAt(doc, QStringLiteral("/command"));
        const QString text = !v || v->is_null() ? QString() : v->is_string() ? json::str(*v) : jsontext::inlineDump(*v);
        if (m_command->toPlainText() != text) {
            const int cursor = m_command->textCursor().position();
            m_command->setPlainText(text);
            QTextCursor c = m_command->textCursor();
            c.setPosition(std::min<int>(cursor, int(text.size())));
            m_command->setTextCursor(c);
        }
        // Placeholders stand out when they name a parameter or a sweep axis.
        QStringList names;
        for (const char *ptr : {"/parameters", "/sweep/axes"})
            if (const Json *o = jsontext::valueAt(doc, QLatin1String(ptr)); o && o->is_object())
                for (auto it = o->begin(); it != o->end(); ++it)
                    names << QString::fromStdString(it.key());
        m_highlighter->setKnownNames(names);
    };
}

void ExperimentForm::buildParameters()
{
    QFormLayout *f;
    auto *box = group(tr("Parameters"), &f);
    m_parameters = new KeyValueModel(KeyValueModel::ValueKind::Scalar, tr("Name"), tr("Value"), this);
    auto *table = makeTable(box);
    table->setModel(m_parameters);
    auto *editor = listEditor(table, tr("Add parameter"), tr("Remove selected parameter"), [this, table] {
        const int row = m_parameters->addRow(QStringLiteral("param"));
        table->setCurrentIndex(m_parameters->index(row, KeyValueModel::KeyColumn));
        table->edit(table->currentIndex());
    });
    addRow(f, tr("Values:"), editor, QStringLiteral("/parameters"),
           tr("Values for the command's {placeholders}: numbers, true/false, or text (\"32\" in quotes stays text). "
              "A sweep axis of the same name replaces the value task by task."));
    m_containers.insert(QStringLiteral("/parameters"), editor);
    bindModel(m_parameters, QStringLiteral("/parameters"), tr("parameters"));
}

void ExperimentForm::buildSweep()
{
    QFormLayout *f;
    auto *box = group(tr("Sweep"), &f);
    m_sweepForm = f;
    m_fields.insert(QStringLiteral("/sweep"), box);
    m_sweepMode = new QComboBox(box);
    m_sweepMode->addItem(tr("Off: one job"), QString());
    m_sweepMode->addItem(tr("Grid: every combination"), QStringLiteral("grid"));
    m_sweepMode->addItem(tr("Random: sample combinations"), QStringLiteral("random"));
    addRow(f, tr("Mode:"), m_sweepMode, QStringLiteral("/sweep/mode"),
           tr("A sweep runs the command once per combination of the axes' values, as one Slurm job array."));
    connect(m_sweepMode, &QComboBox::activated, this, &ExperimentForm::chooseSweepMode);

    m_axes = new KeyValueModel(KeyValueModel::ValueKind::List, tr("Axis"), tr("Values"), this);
    auto *table = makeTable(box);
    table->setModel(m_axes);
    auto *editor = listEditor(table, tr("Add axis"), tr("Remove selected axis"), [this, table] {
        const int row = m_axes->addRow(QStringLiteral("axis"));
        table->setCurrentIndex(m_axes->index(row, KeyValueModel::KeyColumn));
        table->edit(table->currentIndex());
    });
    addRow(f, tr("Axes:"), editor, QStringLiteral("/sweep/axes"),
           tr("Each axis is a parameter name and the values it takes, separated by commas."));
    m_containers.insert(QStringLiteral("/sweep/axes"), editor);
    bindModel(m_axes, QStringLiteral("/sweep/axes"), tr("sweep axes"));

    auto *samples = makeSpin(box, 1, 1000000);
    addRow(f, tr("Samples:"), samples, QStringLiteral("/sweep/samples"),
           tr("Random mode: how many distinct combinations to draw."));
    bindInt(samples, QStringLiteral("/sweep/samples"), tr("samples"), 1);
    auto *seed = makeSpin(box, 0, std::numeric_limits<int>::max());
    addRow(f, tr("Seed:"), seed, QStringLiteral("/sweep/seed"),
           tr("Random mode: the same seed draws the same combinations on every computer."));
    bindInt(seed, QStringLiteral("/sweep/seed"), tr("seed"), 0);
    auto *limit = makeSpin(box, 0, 1000000);
    limit->setSpecialValueText(tr("no limit"));
    addRow(f, tr("At most at once:"), limit, QStringLiteral("/sweep/max_concurrent"),
           tr("How many tasks of the array may run at the same time (Slurm's %K on --array), to leave room for "
              "others or spare the budget. 0: no limit."));
    bindInt(limit, QStringLiteral("/sweep/max_concurrent"), tr("tasks at once"), 0, true);

    m_refreshers << [this, editor, samples, seed, limit](const Json &doc) {
        const Json *s = jsontext::valueAt(doc, QStringLiteral("/sweep"));
        const bool on = s && s->is_object();
        const Json *mode = on ? jsontext::valueAt(*s, QStringLiteral("/mode")) : nullptr;
        const QString m = !on ? QString() : mode && mode->is_string() ? json::str(*mode) : QStringLiteral("grid");
        m_sweepMode->setCurrentIndex(std::max(0, m_sweepMode->findData(m)));
        m_sweepForm->setRowVisible(editor, on);
        // Spin boxes sit in a frame (see ExperimentForm::addRow); the row holds the frame.
        m_sweepForm->setRowVisible(samples->parentWidget(), on && m == QLatin1String("random"));
        m_sweepForm->setRowVisible(seed->parentWidget(), on && m == QLatin1String("random"));
        m_sweepForm->setRowVisible(limit->parentWidget(), on);
    };
}

void ExperimentForm::chooseSweepMode(int index)
{
    const QString mode = m_sweepMode->itemData(index).toString();
    const Json *current = jsontext::valueAt(m_doc->json(), QStringLiteral("/sweep"));
    const bool on = current && current->is_object();
    if (mode.isEmpty()) {
        if (!on)
            return;
        m_lastSweep = *current;  // turning it back on brings the axes back
        m_doc->setValue(QStringLiteral("/sweep"), nullptr, tr("Turn the sweep off"));
        return;
    }
    Json sweep = on ? *current : m_lastSweep.is_object() ? m_lastSweep : Json{{"mode", "grid"}, {"axes", Json::object()}};
    sweep["mode"] = mode.toStdString();
    if (mode == QLatin1String("random")) {
        if (!sweep.contains("samples"))
            sweep["samples"] = 4;
        if (!sweep.contains("seed"))
            sweep["seed"] = 1;
    } else {
        // Samples and seed mean nothing to a grid; leaving them would only puzzle a reader.
        sweep.erase("samples");
        sweep.erase("seed");
    }
    QList<ExperimentDocument::Edit> edits;
    if (on) {
        // Change only what differs, so the text keeps the user's layout of the axes.
        edits.append({QStringLiteral("/sweep/mode"), sweep["mode"]});
        for (const char *key : {"samples", "seed"}) {
            const QString ptr = QStringLiteral("/sweep/") + QLatin1String(key);
            if (sweep.contains(key) && !current->contains(key))
                edits.append({ptr, sweep[key]});
            else if (!sweep.contains(key) && current->contains(key))
                edits.append({ptr, std::nullopt});
        }
    } else {
        edits.append({QStringLiteral("/sweep"), sweep});
    }
    m_doc->apply(edits, tr("Change sweep mode"));
}

void ExperimentForm::buildMetrics()
{
    QFormLayout *f;
    auto *box = group(tr("Metrics"), &f);
    m_metricsForm = f;
    m_fields.insert(QStringLiteral("/metrics"), box);
    auto *path = new QLineEdit(box);
    path->setPlaceholderText(QStringLiteral("metrics.jsonl"));
    addRow(f, tr("File:"), path, QStringLiteral("/metrics/path"),
           tr("The file the training script writes its metrics to, relative to the run folder. Fabbrica follows "
              "it while the job runs and draws the charts."));
    bindText(path, QStringLiteral("/metrics/path"), tr("metrics file"), false);

    m_metricsFormat = new QComboBox(box);
    const QList<std::pair<QString, QString>> formats{
        {QStringLiteral("jsonl"), tr("Fabbrica JSONL (one JSON object per line)")},
        {QStringLiteral("csv"), tr("CSV with a header line")},
        {QStringLiteral("hf-trainer"), tr("Hugging Face Trainer log lines")},
        {QStringLiteral("mlflow"), tr("MLflow file store")},
        {QStringLiteral("tensorboard"), tr("TensorBoard event files")},
        {QStringLiteral("regex"), tr("Lines matched by a regular expression")},
    };
    for (const auto &[key, label] : formats)
        m_metricsFormat->addItem(label, key);
    m_knownFormats = m_metricsFormat->count();
    m_metricsFormat->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metricsFormat->setMinimumContentsLength(12);
    addRow(f, tr("Format:"), m_metricsFormat, QStringLiteral("/metrics/format"),
           tr("How the metrics file is written."));
    connect(m_metricsFormat, &QComboBox::activated, this, [this](int index) {
        m_doc->setValue(QStringLiteral("/metrics/format"), json::fromQString(m_metricsFormat->itemData(index).toString()),
                        tr("Change metrics format"));
    });
    auto *pattern = new QLineEdit(box);
    pattern->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pattern->setPlaceholderText(QStringLiteral("step (?<step>\\d+) loss (?<loss>[\\d.]+)"));
    addRow(f, tr("Pattern:"), pattern, QStringLiteral("/metrics/pattern"),
           tr("Format \"regex\": a regular expression with a named group (?<step>…) and one per metric."));
    bindText(pattern, QStringLiteral("/metrics/pattern"), tr("metrics pattern"), false);
    m_refreshers << [this, pattern](const Json &doc) {
        const Json *v = jsontext::valueAt(doc, QStringLiteral("/metrics/format"));
        const QString format = v && v->is_string() ? json::str(*v) : QStringLiteral("jsonl");
        // An unknown format (a typo in the file) is shown as it is, not silently replaced; one
        // extra entry at most, so typing a format in the text does not pile up choices.
        while (m_metricsFormat->count() > m_knownFormats)
            m_metricsFormat->removeItem(m_metricsFormat->count() - 1);
        int i = m_metricsFormat->findData(format);
        if (i < 0) {
            m_metricsFormat->addItem(QIcon(QStringLiteral(":/icons/warning.svg")), format, format);
            i = m_metricsFormat->count() - 1;
        }
        m_metricsFormat->setCurrentIndex(i);
        m_metricsForm->setRowVisible(pattern, format == QLatin1String("regex") ||
                                                  jsontext::valueAt(doc, QStringLiteral("/metrics/pattern")));
    };
}

}  // namespace fab::widgets
