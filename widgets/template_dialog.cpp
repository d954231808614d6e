#include "widgets/template_dialog.h"

#include "widgets/template_catalog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fab::widgets {

TemplateDialog::TemplateDialog(const QString &baseFolder, QWidget *parent) : QDialog(parent), m_baseFolder(baseFolder)
{
    setWindowTitle(tr("New experiment from a template"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A template is a working experiment to start from: its files are copied into a "
                                "new folder, and the cluster profile's defaults fill the account and partition."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setIconSize(QSize(24, 24));
    for (const TemplateInfo &t : listTemplates()) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/experiment.svg")),
                                         t.description.isEmpty() ? t.name : t.name + QLatin1Char('\n') + t.description,
                                         m_list);
        item->setData(Qt::UserRole, t.name);
        item->setToolTip(t.description);
    }
    layout->addWidget(m_list, 1);

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("templateFolder"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    form->addRow(tr("New folder:"), row);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateFolder();
        updateButtons();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_folder, &QLineEdit::textEdited, this, [this] {
        m_folderEdited = true;
        updateButtons();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the new experiment"), m_baseFolder);
        if (dir.isEmpty())
            return;
        // Picking a parent folder: the experiment gets a subfolder named after the template.
        m_baseFolder = dir;
        m_folderEdited = false;
        updateFolder();
        updateButtons();
    });
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    resize(560, 440);
}

QString TemplateDialog::templateName() const
{
    auto *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString TemplateDialog::folder() const { return QDir::cleanPath(m_folder->text().trimmed()); }

void TemplateDialog::selectTemplate(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(i);
}

void TemplateDialog::updateFolder()
{
    if (m_folderEdited || templateName().isEmpty())
        return;
    // A fresh folder name that does not exist yet, so nothing is overwritten by default.
    const QDir base(m_baseFolder);
    QString candidate = base.filePath(templateName());
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base.filePath(QStringLiteral("%1-%2").arg(templateName()).arg(n));
    m_folder->setText(QDir::toNativeSeparators(candidate));
}

void TemplateDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!templateName().isEmpty() && !folder().isEmpty());
}

}  // namespace fab::widgets
