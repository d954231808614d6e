#include "widgets/local_runs_form.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace fab::widgets {

namespace {
const char *kSettingsKey = "localRuns/config";
const char *kFolderKey = "localRuns/lastFolder";

QSpinBox *spin(int lo, int hi, int value, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(lo, hi);
    s->setValue(value);
    s->setAccelerated(true);
    return s;
}

QDoubleSpinBox *dspin(double lo, double hi, double step, int decimals, double value, QWidget *parent)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setDecimals(decimals);
    s->setRange(lo, hi);
    s->setSingleStep(step);
    s->setValue(value);
    return s;
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets)
{
    auto *h = new QHBoxLayout;
    h->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        h->addWidget(w);
    return h;
}
}  // namespace

LocalRunForm::LocalRunForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("localRunForm"));
    auto *top = new QVBoxLayout(this);
    top->setContentsMargins(0, 0, 0, 0);
    const localgpu::TrainConfig d;

    // Base model.
    auto *base = new QGroupBox(tr("Model"), this);
    auto *bf = new QFormLayout(base);
    m_toy = new QRadioButton(tr("New toy model"), base);
    m_fromFile = new QRadioButton(tr("From a file"), base);
    m_toy->setToolTip(tr("A small GPT-2 trained from scratch with a byte tokenizer: quick to try on any computer"));
    m_fromFile->setToolTip(tr("A GPT-2 model.safetensors (Hugging Face layout) or its folder, fine-tuned"));
    auto *baseGroup = new QButtonGroup(this);
    baseGroup->addButton(m_toy);
    baseGroup->addButton(m_fromFile);
    m_toy->setChecked(true);
    bf->addRow(row({m_toy, m_fromFile}));
    m_layers = spin(1, 256, d.toy.layers, base);
    m_heads = spin(1, 256, d.toy.heads, base);
    m_width = spin(8, 8192, d.toy.width, base);
    m_width->setSingleStep(16);
    m_context = spin(8, 8192, d.toy.contextLength, base);
    m_context->setSingleStep(64);
    bf->addRow(tr("Layers, heads"), row({m_layers, m_heads}));
    bf->addRow(tr("Width, context"), row({m_width, m_context}));
    m_basePath = new QLineEdit(base);
    m_basePath->setPlaceholderText(tr("model.safetensors or its folder"));
    auto *browseBase = new QPushButton(tr("Browse…"), base);
    connect(browseBase, &QPushButton::clicked, this, &LocalRunForm::chooseBase);
    bf->addRow(tr("Weights"), row({m_basePath, browseBase}));
    top->addWidget(base);

    // Data.
    auto *data = new QGroupBox(tr("Data"), this);
    auto *df = new QFormLayout(data);
    m_data = new QLineEdit(data);
    m_data->setObjectName(QStringLiteral("datasetEdit"));
    m_data->setPlaceholderText(tr("a .txt or .jsonl file"));
    auto *browseData = new QPushButton(tr("Browse…"), data);
    connect(browseData, &QPushButton::clicked, this, &LocalRunForm::chooseData);
    df->addRow(tr("Dataset"), row({m_data, browseData}));
    m_format = new QComboBox(data);
    m_format->addItem(tr("Detect"), QStringLiteral("auto"));
    m_format->addItem(tr("Plain text"), QStringLiteral("text"));
    m_format->addItem(tr("JSONL {\"text\"}"), QStringLiteral("jsonl"));
    m_format->addItem(tr("JSONL prompt/completion"), QStringLiteral("pairs"));
    m_valFraction = dspin(0, 0.5, 0.05, 2, d.valFraction, data);
    df->addRow(tr("Format, held out"), row({m_format, m_valFraction}));
    top->addWidget(data);

    // Full fine-tune or LoRA.
    auto *method = new QGroupBox(tr("Training"), this);
    auto *mf = new QFormLayout(method);
    m_full = new QRadioButton(tr("Full fine-tune"), method);
    m_lora = new QRadioButton(tr("LoRA"), method);
    auto *methodGroup = new QButtonGroup(this);
    methodGroup->addButton(m_full);
    methodGroup->addButton(m_lora);
    m_full->setChecked(true);
    mf->addRow(row({m_full, m_lora}));
    m_loraBox = new QGroupBox(method);
    m_loraBox->setFlat(true);
    auto *lf = new QFormLayout(m_loraBox);
    lf->setContentsMargins(0, 0, 0, 0);
    m_rank = spin(1, 1024, 8, m_loraBox);
    m_alpha = dspin(0.01, 4096, 1, 2, d.lora.alpha, m_loraBox);
    m_dropout = dspin(0, 0.9, 0.05, 2, d.lora.dropout, m_loraBox);
    lf->addRow(tr("Rank, alpha"), row({m_rank, m_alpha}));
    m_cAttn = new QCheckBox(QStringLiteral("c_attn"), m_loraBox);
    m_cProj = new QCheckBox(QStringLiteral("c_proj"), m_loraBox);
    m_cFc = new QCheckBox(QStringLiteral("c_fc"), m_loraBox);
    for (QCheckBox *c : {m_cAttn, m_cProj, m_cFc})
        c->setChecked(true);
    lf->addRow(tr("Dropout"), m_dropout);
    lf->addRow(tr("Targets"), row({m_cAttn, m_cProj, m_cFc}));
    mf->addRow(m_loraBox);
    m_steps = spin(1, 10000000, d.steps, method);
    m_steps->setObjectName(QStringLiteral("stepsBox"));
    m_batch = spin(1, 65536, d.batch, method);
    m_seq = spin(2, 65536, d.seq, method);
    mf->addRow(tr("Steps, batch, sequence"), row({m_steps, m_batch, m_seq}));
    m_lr = dspin(0.000001, 9.999999, 0.0001, 6, d.lr, method);
    m_warmup = spin(0, 10000000, d.warmup, method);
    mf->addRow(tr("Learning rate, warm-up"), row({m_lr, m_warmup}));
    m_evalEvery = spin(0, 10000000, d.evalEvery, method);
    m_evalEvery->setSpecialValueText(tr("never"));
    m_sampleEvery = spin(0, 10000000, d.evalEvery, method);
    m_sampleEvery->setSpecialValueText(tr("never"));
    mf->addRow(tr("Evaluate, sample every"), row({m_evalEvery, m_sampleEvery}));
    m_prompt = new QLineEdit(method);
    m_prompt->setPlaceholderText(tr("sample prompt (empty: start from nothing)"));
    mf->addRow(tr("Prompt"), m_prompt);
    m_seed = new QLineEdit(QString::number(d.seed), method);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    mf->addRow(tr("Seed"), m_seed);
    top->addWidget(method);

    // Machine.
    auto *machine = new QGroupBox(tr("Device"), this);
    auto *xf = new QFormLayout(machine);
    m_device = new QComboBox(machine);
    m_device->addItem(tr("Automatic (GPU when there is one)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("NVIDIA GPU (CUDA)"), QStringLiteral("cuda"));
    m_threads = spin(0, 1024, 0, machine);
    m_threads->setSpecialValueText(tr("all cores"));
    xf->addRow(tr("Run on"), m_device);
    xf->addRow(tr("CPU threads"), m_threads);
    top->addWidget(machine);
    top->addStretch(1);

    // Rows hold several fields behind one label: each field gets its own spoken name.
    const std::pair<QWidget *, QString> names[] = {
        {m_layers, tr("Layers")}, {m_heads, tr("Attention heads")}, {m_width, tr("Width")},
        {m_context, tr("Context length")}, {m_basePath, tr("Weights file")}, {m_data, tr("Dataset file")},
        {m_format, tr("Dataset format")}, {m_valFraction, tr("Held-out fraction")}, {m_rank, tr("LoRA rank")},
        {m_alpha, tr("LoRA alpha")}, {m_dropout, tr("LoRA dropout")}, {m_steps, tr("Steps")}, {m_batch, tr("Batch size")},
        {m_seq, tr("Sequence length")}, {m_lr, tr("Learning rate")}, {m_warmup, tr("Warm-up steps")},
        {m_evalEvery, tr("Evaluate every N steps")}, {m_sampleEvery, tr("Sample every N steps")},
        {m_prompt, tr("Sample prompt")}, {m_seed, tr("Seed")}, {m_device, tr("Run on")}, {m_threads, tr("CPU threads")}};
    for (const auto &[w, name] : names)
        w->setAccessibleName(name);

    for (QRadioButton *r : {m_toy, m_fromFile, m_full, m_lora})
        connect(r, &QRadioButton::toggled, this, [this] {
            updateEnabled();
            emit changed();
        });
    for (QSpinBox *s : {m_layers, m_heads, m_width, m_context, m_rank, m_steps, m_batch, m_seq, m_warmup, m_evalEvery,
                        m_sampleEvery, m_threads})
        connect(s, &QSpinBox::valueChanged, this, &LocalRunForm::changed);
    for (QLineEdit *e : {m_basePath, m_data, m_seed})
        connect(e, &QLineEdit::textChanged, this, &LocalRunForm::changed);
    connect(m_device, &QComboBox::currentIndexChanged, this, &LocalRunForm::changed);
    for (QCheckBox *c : {m_cAttn, m_cProj, m_cFc})
        connect(c, &QCheckBox::toggled, this, &LocalRunForm::changed);
    updateEnabled();
}

void LocalRunForm::updateEnabled()
{
    for (QWidget *w : {static_cast<QWidget *>(m_layers), static_cast<QWidget *>(m_heads),
                       static_cast<QWidget *>(m_width), static_cast<QWidget *>(m_context)})
        w->setEnabled(m_toy->isChecked());
    m_basePath->setEnabled(m_fromFile->isChecked());
    m_loraBox->setVisible(m_lora->isChecked());
}

localgpu::TrainConfig LocalRunForm::config() const
{
    localgpu::TrainConfig c;
    c.data = m_data->text().trimmed();
    c.dataFormat = m_format->currentData().toString();
    c.valFraction = m_valFraction->value();
    c.base = m_toy->isChecked() ? QStringLiteral("toy") : m_basePath->text().trimmed();
    c.toy.layers = m_layers->value();
    c.toy.heads = m_heads->value();
    c.toy.width = m_width->value();
    c.toy.contextLength = m_context->value();
    c.lora.rank = m_lora->isChecked() ? m_rank->value() : 0;
    c.lora.alpha = float(m_alpha->value());
    c.lora.dropout = float(m_dropout->value());
    c.lora.targets.clear();
    for (QCheckBox *t : {m_cAttn, m_cProj, m_cFc})
        if (t->isChecked())
            c.lora.targets << t->text();
    c.steps = m_steps->value();
    c.batch = m_batch->value();
    c.seq = m_seq->value();
    c.lr = m_lr->value();
    c.warmup = m_warmup->value();
    c.evalEvery = m_evalEvery->value();
    c.sampleEvery = m_sampleEvery->value();
    c.samplePrompt = m_prompt->text();
    c.seed = m_seed->text().toULongLong();
    c.device = m_device->currentData().toString();
    c.threads = m_threads->value();
    // Checkpoints: often enough that Cancel or a crash loses little, rarely enough not to slow a toy.
    c.checkpointEvery = std::max(50, c.steps / 10);
    return c;
}

void LocalRunForm::setConfig(const localgpu::TrainConfig &c)
{
    const bool toy = c.base == QLatin1String("toy");
    (toy ? m_toy : m_fromFile)->setChecked(true);
    if (!toy)
        m_basePath->setText(c.base);
    m_layers->setValue(c.toy.layers);
    m_heads->setValue(c.toy.heads);
    m_width->setValue(c.toy.width);
    m_context->setValue(c.toy.contextLength);
    m_data->setText(c.data);
    m_format->setCurrentIndex(std::max(0, m_format->findData(c.dataFormat)));
    m_valFraction->setValue(c.valFraction);
    (c.lora.enabled() ? m_lora : m_full)->setChecked(true);
    if (c.lora.enabled())
        m_rank->setValue(c.lora.rank);
    m_alpha->setValue(c.lora.alpha);
    m_dropout->setValue(c.lora.dropout);
    m_cAttn->setChecked(c.lora.targets.contains(QLatin1String("c_attn")));
    m_cProj->setChecked(c.lora.targets.contains(QLatin1String("c_proj")));
    m_cFc->setChecked(c.lora.targets.contains(QLatin1String("c_fc")));
    m_steps->setValue(c.steps);
    m_batch->setValue(c.batch);
    m_seq->setValue(c.seq);
    m_lr->setValue(c.lr);
    m_warmup->setValue(c.warmup);
    m_evalEvery->setValue(c.evalEvery);
    m_sampleEvery->setValue(c.sampleEvery);
    m_prompt->setText(c.samplePrompt);
    m_seed->setText(QString::number(c.seed));
    m_device->setCurrentIndex(std::max(0, m_device->findData(c.device)));
    m_threads->setValue(c.threads);
    updateEnabled();
}

QString LocalRunForm::problem() const
{
    const localgpu::TrainConfig c = config();
    if (c.data.isEmpty())
        return tr("Choose a dataset: a plain-text (.txt) or JSONL (.jsonl) file.");
    const QFileInfo data(c.data);
    if (!data.exists())
        return tr("The dataset %1 does not exist.").arg(c.data);
    if (!data.isFile() || !data.isReadable())
        return tr("The dataset %1 is not a readable file.").arg(c.data);
    if (c.base != QLatin1String("toy")) {
        if (c.base.isEmpty())
            return tr("Choose the model to fine-tune: a GPT-2 model.safetensors or its folder.");
        const QFileInfo b(c.base);
        if (!b.exists())
            return tr("The model %1 does not exist.").arg(c.base);
        if (!b.isDir() && b.suffix().compare(QLatin1String("safetensors"), Qt::CaseInsensitive) != 0)
            return tr("%1 is not a .safetensors file or a model folder.").arg(c.base);
    } else {
        if (c.toy.width % c.toy.heads != 0)
            return tr("The width (%1) must be a multiple of the number of heads (%2): try %3.")
                .arg(c.toy.width).arg(c.toy.heads).arg((c.toy.width / c.toy.heads + 1) * c.toy.heads);
        if (c.seq > c.toy.contextLength)
            return tr("The sequence length (%1) is longer than the model's context (%2): lower it or raise the "
                      "context.").arg(c.seq).arg(c.toy.contextLength);
    }
    if (c.lora.enabled() && c.lora.targets.isEmpty())
        return tr("LoRA needs at least one target layer (c_attn, c_proj or c_fc).");
    if (m_seed->text().isEmpty())
        return tr("Give a seed (a whole number): the same seed trains the same model.");
    localgpu::TrainConfig withOut = c;
    withOut.out = QStringLiteral("-");  // the view chooses the folder; only the settings are checked here
    const QString why = withOut.validate();
    return why.isEmpty() ? QString() : tr("Cannot start: %1.").arg(why);
}

void LocalRunForm::setSampleDataset(const QString &path)
{
    m_sampleDataset = path;
    if (m_data->text().trimmed().isEmpty())
        m_data->setText(path);
}

void LocalRunForm::chooseData()
{
    QSettings s;
    const QString start = m_data->text().isEmpty() ? s.value(QLatin1String(kFolderKey)).toString() : m_data->text();
    const QString f = QFileDialog::getOpenFileName(this, tr("Choose a dataset"), start,
                                                   tr("Text or JSONL (*.txt *.jsonl *.json);;All files (*)"));
    if (f.isEmpty())
        return;
    m_data->setText(f);
    s.setValue(QLatin1String(kFolderKey), QFileInfo(f).absolutePath());
}

void LocalRunForm::chooseBase()
{
    QSettings s;
    const QString start = m_basePath->text().isEmpty() ? s.value(QLatin1String(kFolderKey)).toString() : m_basePath->text();
    const QString f = QFileDialog::getOpenFileName(this, tr("Choose a GPT-2 model"), start,
                                                   tr("safetensors (*.safetensors);;All files (*)"));
    if (f.isEmpty())
        return;
    m_basePath->setText(f);
    m_fromFile->setChecked(true);
    s.setValue(QLatin1String(kFolderKey), QFileInfo(f).absolutePath());
}

void LocalRunForm::saveSettings() const
{
    // The whole form as the engine's own JSON: one key, and the same names as fabbrica-train's --config.
    QSettings().setValue(QLatin1String(kSettingsKey), QString::fromStdString(config().toJson().dump()));
}

void LocalRunForm::restoreSettings()
{
    const QByteArray saved = QSettings().value(QLatin1String(kSettingsKey)).toString().toUtf8();
    if (saved.isEmpty())
        return;
    const auto j = nlohmann::json::parse(saved.begin(), saved.end(), nullptr, false);
    QString why;
    // Settings from another version that no longer parse are dropped: the defaults are a fine start.
    if (auto c = localgpu::TrainConfig::fromJson(j, &why)) {
        if (c->data.isEmpty())
            c->data = m_sampleDataset;
        setConfig(*c);
    }
}

}  // namespace fab::widgets
