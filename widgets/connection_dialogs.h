#pragma once
// The questions a login asks, as dialogs: a key's passphrase, a password, the server's own
// keyboard-interactive prompts (OTP codes, worded exactly as the server words them) with a "remember"
// choice where it makes sense, and the unknown-host-key question with the SHA256 fingerprint and what
// it means. Shown with open() (window-modal), never exec(): the GUI thread keeps painting.
#include "remote/prompter.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLineEdit;

namespace fab::widgets {

class SecretPromptDialog : public QDialog {
    Q_OBJECT
public:
    explicit SecretPromptDialog(const remote::SecretRequest &request, QWidget *parent = nullptr);
    remote::SecretReply reply() const;  // ok is true only after "Log in"

private:
    remote::SecretRequest m_request;
    QList<QLineEdit *> m_fields;
    QCheckBox *m_remember = nullptr;
};

class HostKeyDialog : public QDialog {
    Q_OBJECT
public:
    explicit HostKeyDialog(const remote::HostKeyRequest &request, QWidget *parent = nullptr);
};

}  // namespace fab::widgets
