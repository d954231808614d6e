#include "widgets/connection_dialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fab::widgets {

namespace {
QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// An icon beside a heading, as message boxes have.
QHBoxLayout *heading(QStyle::StandardPixmap icon, const QString &title, QWidget *parent)
{
    auto *row = new QHBoxLayout;
    auto *pic = new QLabel(parent);
    const int size = parent->style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, parent);
    pic->setPixmap(parent->style()->standardIcon(icon, nullptr, parent).pixmap(size, size));
    pic->setAlignment(Qt::AlignTop);
    row->addWidget(pic);
    auto *t = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), parent);
    t->setWordWrap(true);
    row->addWidget(t, 1);
    return row;
}
}  // namespace

SecretPromptDialog::SecretPromptDialog(const remote::SecretRequest &r, QWidget *parent)
    : QDialog(parent), m_request(r)
{
    using Kind = remote::SecretRequest::Kind;
    QString title, intro;
    switch (r.kind) {
    case Kind::Passphrase:
        title = tr("Key passphrase");
        intro = tr("The server %1 accepts the key %2. Enter its passphrase to unlock it.")
                    .arg(r.target, QDir::toNativeSeparators(r.keyFile));
        break;
    case Kind::Password:
        title = tr("Password");
        intro = tr("Log in to %1.").arg(r.target);
        break;
    case Kind::KeyboardInteractive:
        title = tr("The server asks");
        intro = tr("%1 asks:").arg(r.target);
        break;
    }
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading(QStyle::SP_MessageBoxQuestion, title, this));
    layout->addWidget(wrapped(intro, this));
    if (!r.problem.isEmpty()) {
        auto *problem = wrapped(r.problem, this);
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(problem);
    }
    if (!r.name.trimmed().isEmpty())
        layout->addWidget(wrapped(QStringLiteral("<b>%1</b>").arg(r.name.trimmed().toHtmlEscaped()), this));
    if (!r.instruction.trimmed().isEmpty())
        layout->addWidget(wrapped(r.instruction.trimmed(), this));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    bool anyOneTime = false;
    for (const remote::SecretField &f : r.fields) {
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(f.echo ? QLineEdit::Normal : QLineEdit::Password);
        edit->setMinimumWidth(240);
        if (f.oneTime) {
            edit->setPlaceholderText(tr("one-time code"));
            anyOneTime = true;
        }
        // Fabbrica's own prompts get a short label (the target is in the text above); the server's
        // questions keep its exact words.
        QString label = f.prompt.trimmed();
        if (r.kind == Kind::Password)
            label = tr("Password:");
        else if (r.kind == Kind::Passphrase)
            label = tr("Passphrase:");
        auto *l = wrapped(label, this);
        l->setBuddy(edit);
        form->addRow(l, edit);
        m_fields << edit;
    }
    layout->addLayout(form);
    if (anyOneTime)
        layout->addWidget(wrapped(tr("One-time codes are used once and never stored."), this));
    if (r.canRemember) {
        const QString what = r.kind == Kind::Passphrase ? tr("Remember the passphrase in the system keychain")
                             : anyOneTime                   ? tr("Remember the password (not the code) in the system keychain")
                                                            : tr("Remember the password in the system keychain");
        m_remember = new QCheckBox(what, this);
        m_remember->setToolTip(tr("Kept by the operating system's keychain, never in Fabbrica's files. Without "
                                  "it, Fabbrica keeps the secret in memory only until it quits, so a dropped "
                                  "link reconnects without asking."));
        layout->addWidget(m_remember);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!m_fields.isEmpty())
        m_fields.first()->setFocus();
    setMinimumWidth(440);
}

remote::SecretReply SecretPromptDialog::reply() const
{
    remote::SecretReply r;
    r.ok = result() == QDialog::Accepted;
    for (QLineEdit *e : m_fields)
        r.values << e->text();
    r.remember = m_remember && m_remember->isChecked();
    return r;
}

HostKeyDialog::HostKeyDialog(const remote::HostKeyRequest &r, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Unknown host key"));
    auto *layout = new QVBoxLayout(this);
    const QString who = r.hopNote.isEmpty() ? r.host : tr("%1 (%2)").arg(r.host, r.hopNote);
    layout->addLayout(heading(QStyle::SP_MessageBoxWarning, tr("Is this really %1?").arg(who), this));
    layout->addWidget(wrapped(tr("This is the first time Fabbrica connects to %1 (address %2, port %3). The server "
                                 "proves who it is with this key:")
                                  .arg(r.host, r.address)
                                  .arg(r.port),
                              this));
    auto *fp = new QLabel(QStringLiteral("%1  %2").arg(r.keyType, r.fingerprint), this);
    fp->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fp->setStyleSheet(QStringLiteral("padding: 6px; border: 1px solid palette(mid); background: palette(base);"));
    layout->addWidget(fp);
    QString verdict;
    if (r.published == remote::HostKeyRequest::Published::Matches)
        verdict = tr("<span style='color:#1b5e20'>&#10004; It matches a fingerprint published for this cluster "
                     "(from the profile).</span>");
    else
        verdict = tr("Compare it with the fingerprint your centre publishes (in its documentation or its welcome "
                     "e-mail). If they differ, do not connect: someone may be intercepting the connection.");
    layout->addWidget(wrapped(verdict, this));
    if (!r.explanation.isEmpty())
        layout->addWidget(wrapped(r.explanation, this));
    layout->addWidget(wrapped(tr("If you trust it, it is saved in %1 as %2 and not asked again. A later change of "
                                 "this key will be refused.")
                                  .arg(QDir::toNativeSeparators(r.knownHostsFile), r.savedAs),
                              this));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("Trust and connect"), QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);  // Enter must never trust a key by accident
    trust->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

}  // namespace fab::widgets
