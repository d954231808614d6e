#include "widgets/connection_prompter.h"

#include "widgets/connection_dialogs.h"
#include "remote/handoff.h"

#include <QCoreApplication>

namespace fab::widgets {

DialogPrompter::DialogPrompter(QWidget *parent, int timeoutMs) : AsyncPrompter(parent, timeoutMs), m_parent(parent) {}

DialogPrompter::~DialogPrompter()
{
    // The last owner may be the connection's worker thread: the dialog is closed on its own thread.
    if (QCoreApplication *app = QCoreApplication::instance())
        remote::postTo(app, [d = m_open] {
            if (d)
                d->reject();
        });
}

void DialogPrompter::inform(const QString &message)
{
    // Called on the worker thread: hand it to the GUI thread.
    if (!m_parent)
        return;
    std::weak_ptr<AsyncPrompter> weak = weak_from_this();
    remote::postTo(m_parent.data(), [weak, message] {
        auto self = std::static_pointer_cast<DialogPrompter>(weak.lock());
        if (self && self->m_inform)
            self->m_inform(message);
    });
}

void DialogPrompter::startSecret(const remote::SecretRequest &request, std::function<void(remote::SecretReply)> reply)
{
    auto *d = new SecretPromptDialog(request, m_parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(d, &QDialog::finished, d, [d, reply] { reply(d->reply()); });
    m_open = d;
    d->open();
}

void DialogPrompter::startHostKey(const remote::HostKeyRequest &request, std::function<void(bool)> reply)
{
    auto *d = new HostKeyDialog(request, m_parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(d, &QDialog::finished, d, [reply](int result) { reply(result == QDialog::Accepted); });
    m_open = d;
    d->open();
}

void DialogPrompter::abandon()
{
    // Nobody waits for the answer any more (timeout, connection closed): the question goes away.
    if (m_open)
        m_open->reject();
}

}  // namespace fab::widgets
