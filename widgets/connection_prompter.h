#pragma once
// Login questions answered with dialogs on the GUI thread: the connection's worker thread waits
// (bounded) while the user types; the GUI never waits on the worker.
#include "remote/prompter.h"

#include <QPointer>
#include <QWidget>

namespace fab::widgets {

class DialogPrompter : public remote::AsyncPrompter {
public:
    // parent: the window the dialogs belong to (they are window-modal to it).
    explicit DialogPrompter(QWidget *parent, int timeoutMs = 300000);
    ~DialogPrompter() override;  // a question still on screen goes with it
    // Notes for the user (certificate expiring, no keychain) go here; the main window shows them.
    void setInformHandler(std::function<void(const QString &)> handler) { m_inform = std::move(handler); }
    void inform(const QString &message) override;

protected:
    void startSecret(const remote::SecretRequest &request, std::function<void(remote::SecretReply)> reply) override;
    void startHostKey(const remote::HostKeyRequest &request, std::function<void(bool)> reply) override;
    void abandon() override;

private:
    QPointer<QWidget> m_parent;
    QPointer<QDialog> m_open;
    std::function<void(const QString &)> m_inform;
};

}  // namespace fab::widgets
