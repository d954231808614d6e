#pragma once
#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace fab::widgets {

// "New from template…": pick a template (each with its one-line description) and the folder the new
// experiment goes into. The copying itself is the caller's (off the GUI thread).
class TemplateDialog : public QDialog {
    Q_OBJECT
public:
    explicit TemplateDialog(const QString &baseFolder, QWidget *parent = nullptr);

    QString templateName() const;
    QString folder() const;
    void selectTemplate(const QString &name);
    QListWidget *list() const { return m_list; }

private:
    void updateFolder();
    void updateButtons();

    QListWidget *m_list;
    QLineEdit *m_folder;
    QDialogButtonBox *m_buttons;
    QString m_baseFolder;
    bool m_folderEdited = false;
};

}  // namespace fab::widgets
