#include "widgets/profile_editor_dialog.h"

#include "core/json_util.h"
#include "core/runner/ssh_config.h"
#include "widgets/connection_indicator.h"
#include "widgets/connection_prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fab::widgets {

namespace {
QLineEdit *lineEdit(QWidget *parent, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setPlaceholderText(placeholder);
    e->setMinimumWidth(320);
    return e;
}
}  // namespace

ProfileEditorDialog::ProfileEditorDialog(const QString &profilesDir, const QString &existingFile, QWidget *parent)
    : QDialog(parent), m_profilesDir(profilesDir), m_existingFile(existingFile)
{
    setWindowTitle(existingFile.isEmpty() ? tr("New cluster profile") : tr("Edit cluster profile"));
    auto *layout = new QVBoxLayout(this);

    auto *importRow = new QHBoxLayout;
    importRow->addWidget(new QLabel(tr("Import from ~/.ssh/config:"), this));
    m_importHost = new QComboBox(this);
    m_importHost->setAccessibleName(tr("Host to import from ~/.ssh/config"));
    m_importHost->setMinimumContentsLength(18);
    importRow->addWidget(m_importHost, 1);
    m_import = new QPushButton(tr("Import"), this);
    importRow->addWidget(m_import);
    layout->addLayout(importRow);
    connect(m_import, &QPushButton::clicked, this, [this] { importHost(m_importHost->currentText()); });

    auto *login = new QGroupBox(tr("Login"), this);
    auto *form = new QFormLayout(login);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = lineEdit(this, tr("leonardo"));
    m_display = lineEdit(this, tr("Leonardo Booster (CINECA)"));
    m_host = lineEdit(this, tr("login.leonardo.cineca.it, or a Host alias of ~/.ssh/config"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_user = lineEdit(this, tr("your user name on the cluster"));
    m_identity = lineEdit(this, tr("~/.ssh/id_ed25519"));
    m_identity->setToolTip(tr("Your private key. Empty: the keys in ssh-agent, then ~/.ssh/id_ed25519, id_ecdsa and "
                              "id_rsa. A certificate next to it (KEY-cert.pub) is used automatically."));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a private key file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Private key"), QDir::homePath() + QStringLiteral("/.ssh"));
        if (!f.isEmpty())
            m_identity->setText(f);
    });
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(browse);
    m_jump = lineEdit(this, tr("none (direct)"));
    m_jump->setToolTip(tr("Jump hosts as OpenSSH writes them: user@bastion:port, several separated by commas."));
    m_knownHosts = lineEdit(this, tr("~/.ssh/known_hosts"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Display name:"), m_display);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    auto *identityLabel = new QLabel(tr("&Key file:"), this);
    identityLabel->setBuddy(m_identity);  // a row holding a layout gets no buddy by itself
    form->addRow(identityLabel, identityRow);
    form->addRow(tr("&Jump hosts:"), m_jump);
    form->addRow(tr("Known &hosts file:"), m_knownHosts);
    layout->addWidget(login);

    auto *defaults = new QGroupBox(tr("Work"), this);
    auto *dform = new QFormLayout(defaults);
    dform->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_workDir = lineEdit(this, tr("$WORK/fabbrica"));
    m_budget = lineEdit(this, tr("saldo, lumi-allocations, it4ifree, … (optional)"));
    m_account = lineEdit(this, tr("e.g. AIFAC_L00_000"));
    m_partition = lineEdit(this, tr("e.g. boost_usr_prod"));
    m_qos = lineEdit(this, tr("e.g. normal"));
    dform->addRow(tr("&Work folder:"), m_workDir);
    dform->addRow(tr("&Budget tool:"), m_budget);
    dform->addRow(tr("Default &account:"), m_account);
    dform->addRow(tr("Default pa&rtition:"), m_partition);
    dform->addRow(tr("Default &QoS:"), m_qos);
    layout->addWidget(defaults);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    testRow->addWidget(m_test);
    m_indicator = new ConnectionIndicator(this);
    testRow->addWidget(m_indicator);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_testLog = new QPlainTextEdit(this);
    m_testLog->setAccessibleName(tr("Connection test result"));
    m_testLog->setReadOnly(true);
    m_testLog->setPlaceholderText(tr("Test the connection to see the server's host key, how you log in, your "
                                     "user name there and its Slurm version."));
    m_testLog->setMinimumHeight(fontMetrics().height() * 6);
    m_testLog->setMaximumHeight(fontMetrics().height() * 9);
    layout->addWidget(m_testLog);
    connect(m_test, &QPushButton::clicked, this, &ProfileEditorDialog::testConnection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setSshConfigFile(QString());
    if (!existingFile.isEmpty()) {
        Issues issues;
        if (const auto p = ClusterProfile::load(existingFile, &issues))
            setProfile(*p);
        m_name->setReadOnly(true);  // the file name follows the name; renaming is a new profile
    } else {
        setProfile(ClusterProfile{});
    }
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

void ProfileEditorDialog::setSshConfigFile(const QString &path)
{
    m_sshConfigFile = path;
    m_importHost->clear();
    m_importHost->addItems(importableHosts());
    const bool any = m_importHost->count() > 0;
    m_import->setEnabled(any);
    m_importHost->setEnabled(any);
    // Qt 6 keeps no item selected when a placeholder is set: select the first host explicitly.
    m_importHost->setPlaceholderText(any ? QString() : tr("no Host entries found"));
    if (any)
        m_importHost->setCurrentIndex(0);
}

QStringList ProfileEditorDialog::importableHosts() const { return SshConfig::load(m_sshConfigFile).concreteHosts(); }

bool ProfileEditorDialog::importHost(const QString &alias)
{
    if (alias.isEmpty())
        return false;
    const SshHostConfig c = SshConfig::load(m_sshConfigFile).resolve(alias);
    if (m_name->text().isEmpty() || !m_name->isReadOnly())
        m_name->setText(QString(alias).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-")));
    m_host->setText(c.hostName);
    if (c.port > 0)
        m_port->setValue(c.port);
    if (!c.user.isEmpty())
        m_user->setText(c.user);
    m_identity->setText(c.identityFiles.value(0));
    m_jump->setText(c.proxyJump);
    if (!c.userKnownHostsFile.isEmpty())
        m_knownHosts->setText(c.userKnownHostsFile);
    if (!c.notes.isEmpty())
        showTestLine(c.notes.join(QLatin1Char('\n')), true);
    return true;
}

void ProfileEditorDialog::setProfile(const ClusterProfile &p)
{
    m_name->setText(p.name);
    m_display->setText(p.displayName);
    m_host->setText(p.host);
    m_port->setValue(p.port > 0 ? p.port : 22);
    m_user->setText(p.user);
    m_identity->setText(p.identityFile);
    m_jump->setText(p.proxyJump);
    m_knownHosts->setText(p.knownHosts);
    m_workDir->setText(p.workDir);
    m_budget->setText(p.budgetTool);
    m_account->setText(p.defaultAccount);
    m_partition->setText(p.defaultPartition);
    m_qos->setText(p.defaultQos);
}

ClusterProfile ProfileEditorDialog::profile() const
{
    ClusterProfile p;
    p.name = m_name->text().trimmed();
    p.displayName = m_display->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.user = m_user->text().trimmed();
    p.identityFile = m_identity->text().trimmed();
    p.proxyJump = m_jump->text().trimmed();
    p.knownHosts = m_knownHosts->text().trimmed();
    p.workDir = m_workDir->text().trimmed();
    p.budgetTool = m_budget->text().trimmed();
    p.defaultAccount = m_account->text().trimmed();
    p.defaultPartition = m_partition->text().trimmed();
    p.defaultQos = m_qos->text().trimmed();
    return p;
}

QString ProfileEditorDialog::validationText(const ClusterProfile &p) const
{
    QStringList lines;
    for (const Issue &i : ClusterProfile::validate(p.toJson()))
        lines << i.toString();
    QString jumpError;
    parseProxyJump(p.proxyJump, &jumpError);
    if (!jumpError.isEmpty())
        lines << tr("/proxy_jump: %1").arg(jumpError);
    return lines.join(QLatin1Char('\n'));
}

void ProfileEditorDialog::showTestLine(const QString &line, bool bad)
{
    m_testLog->appendHtml(bad ? QStringLiteral("<span style='color:#b00020'>%1</span>").arg(line.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")))
                              : line.toHtmlEscaped());
}

void ProfileEditorDialog::testConnection()
{
    const ClusterProfile p = profile();
    const QString problems = validationText(p);
    m_problems->setVisible(!problems.isEmpty());
    m_problems->setText(problems);
    if (!problems.isEmpty())
        return;
    m_testLog->clear();
    QString error;
    auto settings = remote::ConnectionSettings::fromProfile(p, m_existingFile, SshConfig::load(m_sshConfigFile), &error);
    if (!settings) {
        showTestLine(error, true);
        return;
    }
    m_indicator->setConnection(nullptr);
    m_testConnection.reset();  // a previous test ends here (bounded)
    auto prompter = std::make_shared<DialogPrompter>(this);
    prompter->setInformHandler([this](const QString &m) { showTestLine(m); });
    m_testConnection = std::make_unique<remote::SshConnection>(*settings, prompter);
    remote::SshConnection *c = m_testConnection.get();
    m_indicator->setConnection(c);
    m_test->setEnabled(false);
    showTestLine(tr("Connecting to %1…").arg(settings->target.label()));
    connect(c, &remote::SshConnection::stateChanged, this, [this, c](remote::ConnectionState s, const QString &reason) {
        if (c != m_testConnection.get())
            return;
        if (s == remote::ConnectionState::Failed) {
            showTestLine(reason, true);
            endTest(false);
            return;
        }
        if (s != remote::ConnectionState::Connected)
            return;
        const remote::SessionInfo info = c->sessionInfo();
        showTestLine(tr("Host key: %1 %2").arg(info.hostKeyType, info.hostKeyFingerprint));
        showTestLine(tr("Logged in by: %1").arg(info.authMethod));
        // Both commands run side by side over the one session; the window stays responsive.
        auto *who = new QFutureWatcher<CommandResult>(this);
        auto *sinfo = new QFutureWatcher<CommandResult>(this);
        auto pending = std::make_shared<int>(2);
        auto done = [this, pending, c](QFutureWatcher<CommandResult> *w, const QString &label) {
            w->deleteLater();
            if (c != m_testConnection.get())
                return;
            const CommandResult r = w->future().resultCount() ? w->result() : CommandResult{};
            if (r.ok())
                showTestLine(tr("%1: %2").arg(label, QString::fromUtf8(r.stdOut).trimmed()));
            else
                showTestLine(tr("%1 failed: %2").arg(label, r.error.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.error), true);
            if (--*pending == 0)
                endTest(true);
        };
        connect(who, &QFutureWatcher<CommandResult>::finished, this, [done, who] { done(who, tr("Remote user")); });
        connect(sinfo, &QFutureWatcher<CommandResult>::finished, this, [done, sinfo] { done(sinfo, tr("Slurm")); });
        who->setFuture(c->run(QStringLiteral("id -un")));
        sinfo->setFuture(c->run(QStringLiteral("sinfo --version")));
    });
    c->open();
}

void ProfileEditorDialog::endTest(bool ok)
{
    m_test->setEnabled(true);
    emit testFinished(ok);
}

bool ProfileEditorDialog::save()
{
    const ClusterProfile p = profile();
    const QString problems = validationText(p);
    m_problems->setVisible(!problems.isEmpty());
    m_problems->setText(problems);
    if (!problems.isEmpty())
        return false;
    // Keep what the file has beyond these fields (host_key_fingerprints, partitions, notes, …).
    json::Json j = json::Json::object();
    if (!m_existingFile.isEmpty()) {
        QByteArray bytes;
        QString error;
        Issue issue;
        if (json::readFile(m_existingFile, &bytes, &error))
            if (auto old = json::parse(bytes, &issue); old && old->is_object())
                j = *old;
    }
    const json::Json fields = p.toJson();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        j[it.key()] = it.value();
    const QString file = !m_existingFile.isEmpty() ? m_existingFile : QDir(m_profilesDir).filePath(p.name + QStringLiteral(".json"));
    if (m_existingFile.isEmpty() && QFileInfo::exists(file)) {
        m_problems->setText(tr("A profile named \"%1\" exists already; choose another name.").arg(p.name));
        m_problems->show();
        return false;
    }
    QDir().mkpath(QFileInfo(file).path());
    QString error;
    if (!json::writeFileAtomically(file, QByteArray::fromStdString(j.dump(2)) + '\n', &error)) {
        m_problems->setText(error);
        m_problems->show();
        return false;
    }
    m_savedFile = file;
    emit saved(file);
    return true;
}

}  // namespace fab::widgets
