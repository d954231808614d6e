#include "widgets/experiment_form.h"

#include "widgets/experiment_editor_document.h"
#include "widgets/experiment_editor_text.h"
#include "widgets/experiment_form_command.h"
#include "widgets/experiment_models.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fab::widgets {

using json::Json;

namespace {

// A problem frames its field. The property keeps the frame in one style sheet rule instead of a
// palette per widget type; re-polishing applies it.
const char kProblemProperty[] = "fabProblem";
const char kHelpProperty[] = "fabHelp";

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}

}  // namespace

ExperimentForm::ExperimentForm(ExperimentDocument *doc, QWidget *parent) : QScrollArea(parent), m_doc(doc)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Experiment form"));
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("formContent"));
    // Spin boxes and group boxes are left out of the rule: a styled border breaks a spin box's arrows
    // and a group box's title. A spin box sits in a frame of its own that shows the border instead.
    m_content->setStyleSheet(QStringLiteral(
        "QLineEdit[fabProblem=\"true\"], QPlainTextEdit[fabProblem=\"true\"], QComboBox[fabProblem=\"true\"],"
        " QAbstractItemView[fabProblem=\"true\"] { border: 2px solid #c62828; border-radius: 3px; }"
        " QFrame#problemFrame { border: 2px solid transparent; border-radius: 3px; }"
        " QFrame#problemFrame[fabProblem=\"true\"] { border-color: #c62828; }"));
    m_column = new QVBoxLayout(m_content);
    m_column->setContentsMargins(4, 4, 8, 4);
    m_column->setSpacing(8);

    // Shown while the JSON text does not parse: the form keeps the last valid version, read-only,
    // so a form edit can never overwrite text the user is still fixing.
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #5d4037; border: 1px solid #ffb74d;"
                                           " border-radius: 3px; padding: 6px; }"));
    m_banner->hide();
    m_column->addWidget(m_banner);

    buildGeneral();
    buildResources();
    buildEnvironment();
    buildFiles();
    buildCommand();
    buildParameters();
    buildSweep();
    buildMetrics();
    m_column->addStretch(1);
    setWidget(m_content);
    // Scrolling the form with the wheel must not change a number or a choice it passes over.
    for (QWidget *w : m_content->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)) {
            w->setFocusPolicy(Qt::StrongFocus);
            w->installEventFilter(this);
        }
    }
    refresh();
}

bool ExperimentForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
        QCoreApplication::sendEvent(verticalScrollBar(), event);
        return true;
    }
    return QScrollArea::eventFilter(watched, event);
}

QGroupBox *ExperimentForm::group(const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title, m_content);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setRowWrapPolicy(QFormLayout::DontWrapRows);
    (*form)->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_column->addWidget(box);
    return box;
}

void ExperimentForm::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &pointer,
                            const QString &help)
{
    if (qobject_cast<QAbstractSpinBox *>(field)) {
        auto *frame = new QFrame(field->parentWidget());
        frame->setObjectName(QStringLiteral("problemFrame"));
        auto *row = new QHBoxLayout(frame);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(field);
        frame->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);  // hugs the spin box
        form->addRow(label, frame);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(frame)))
            l->setBuddy(field);
    } else {
        form->addRow(label, field);
    }
    if (!pointer.isEmpty())
        m_fields.insert(pointer, field);
    const QString spoken = QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    field->setAccessibleName(spoken);
    // A list or table inside an editor container (with its + and − buttons) is what gets the focus:
    // it carries the row's name too.
    for (QAbstractItemView *view : field->findChildren<QAbstractItemView *>())
        if (view->accessibleName().isEmpty())
            view->setAccessibleName(spoken);
    if (!help.isEmpty()) {
        field->setToolTip(help);
        field->setProperty(kHelpProperty, help);
        QWidget *inLayout = qobject_cast<QAbstractSpinBox *>(field) ? field->parentWidget() : field;
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(inLayout)))
            l->setToolTip(help);
    }
}

void ExperimentForm::bindText(QLineEdit *edit, const QString &pointer, const QString &label, bool nullWhenEmpty)
{
    auto toJson = [nullWhenEmpty](const QString &text) {
        return text.isEmpty() && nullWhenEmpty ? Json(nullptr) : json::fromQString(text);
    };
    connect(edit, &QLineEdit::textEdited, this, [this, pointer, label, toJson](const QString &text) {
        m_doc->setValue(pointer, toJson(text), tr("Edit %1").arg(label), pointer);
    });
    connect(edit, &QLineEdit::editingFinished, m_doc, &ExperimentDocument::breakMerge);
    m_refreshers << [edit, pointer, toJson](const Json &doc) {
        const Json *v = jsontext::valueAt(doc, pointer);
        const Json current = v ? *v : Json(nullptr);
        if (toJson(edit->text()) == current)
            return;  // the field already says this (keeps the cursor where the user types)
        edit->setText(current.is_null() ? QString() : current.is_string() ? json::str(current) : jsontext::inlineDump(current));
    };
}

void ExperimentForm::bindInt(QSpinBox *spin, const QString &pointer, const QString &label, int fallback,
                             bool removeWhenZero)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, pointer, label, removeWhenZero](int value) {
        if (m_refreshing)
            return;
        if (removeWhenZero && value == 0)
            m_doc->apply({ExperimentDocument::Edit{pointer, std::nullopt}}, tr("Edit %1").arg(label), pointer);
        else
            m_doc->setValue(pointer, value, tr("Edit %1").arg(label), pointer);
    });
    connect(spin, &QSpinBox::editingFinished, m_doc, &ExperimentDocument::breakMerge);
    m_refreshers << [spin, pointer, fallback](const Json &doc) {
        const Json *v = jsontext::valueAt(doc, pointer);
        // A value of the wrong type ("four") shows as the minimum; its frame and tooltip say why.
        const int value = !v || v->is_null() ? fallback
                          : v->is_number_integer() ? int(std::clamp<long long>(v->get<long long>(), spin->minimum(), spin->maximum()))
                                                   : spin->minimum();
        if (spin->value() != value)
            spin->setValue(value);
    };
}

void ExperimentForm::bindModel(StringListModel *model, const QString &pointer, const QString &label)
{
    connect(model, &StringListModel::edited, this, [this, pointer, label](const Json &value) {
        if (!m_refreshing)
            m_doc->setValue(pointer, value, tr("Edit %1").arg(label));
    });
    m_refreshers << [model, pointer](const Json &doc) {
        const Json *v = jsontext::valueAt(doc, pointer);
        model->setValue(v ? *v : Json::array());
    };
}

void ExperimentForm::bindModel(KeyValueModel *model, const QString &pointer, const QString &label)
{
    connect(model, &KeyValueModel::edited, this, [this, pointer, label](const Json &value) {
        if (!m_refreshing)
            m_doc->setValue(pointer, value, tr("Edit %1").arg(label));
    });
    m_refreshers << [model, pointer](const Json &doc) {
        const Json *v = jsontext::valueAt(doc, pointer);
        model->setValue(v ? *v : Json::object());
    };
}

QWidget *ExperimentForm::listEditor(QAbstractItemView *view, const QString &addText, const QString &removeText,
                                    const std::function<void()> &add)
{
    auto *box = new QWidget(m_content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    view->setParent(box);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(view);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    auto *plus = new QToolButton(box);
    plus->setText(QStringLiteral("+"));
    plus->setToolTip(addText);
    plus->setAccessibleName(addText);
    auto *minus = new QToolButton(box);
    minus->setText(QStringLiteral("−"));
    minus->setToolTip(removeText);
    minus->setAccessibleName(removeText);
    buttons->addWidget(plus);
    buttons->addWidget(minus);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(plus, &QToolButton::clicked, this, add);
    connect(minus, &QToolButton::clicked, this, [view] {
        const QModelIndex i = view->currentIndex();
        if (i.isValid())
            view->model()->removeRow(i.row());
    });
    // Tables grow with their rows up to a point; the form scrolls beyond that.
    auto fit = [view] {
        const int rows = std::clamp(view->model()->rowCount(), 2, 8);
        int rowHeight = view->fontMetrics().height() + 8;
        int header = 0;
        if (auto *t = qobject_cast<QTableView *>(view)) {
            rowHeight = t->verticalHeader()->defaultSectionSize();
            // A header that has not been shown yet (its sweep row hidden) reports no height.
            header = std::max(t->horizontalHeader()->sizeHint().height(), t->fontMetrics().height() + 10);
        }
        view->setFixedHeight(header + rows * rowHeight + 2 * view->frameWidth() + 2);
    };
    connect(view->model(), &QAbstractItemModel::modelReset, view, fit);
    connect(view->model(), &QAbstractItemModel::rowsInserted, view, fit);
    connect(view->model(), &QAbstractItemModel::rowsRemoved, view, fit);
    fit();
    return box;
}

void ExperimentForm::refresh()
{
    const bool editable = m_doc->isFormEditable();
    const auto textError = m_doc->textError();
    if (textError) {
        m_banner->setText(m_doc->hasJson()
                              ? tr("The JSON text has an error (%1). The form shows the last valid version and "
                                   "is read-only until the text is fixed.").arg(textError->message)
                              : tr("The JSON text has an error (%1). Fix it in the JSON pane to edit the form.")
                                    .arg(textError->message));
    }
    m_banner->setVisible(textError.has_value() && m_doc->isOpen());
    // The groups follow the document; the banner stays enabled so it reads normally.
    for (QObject *child : m_content->children())
        if (auto *w = qobject_cast<QGroupBox *>(child))
            w->setEnabled(editable);
    m_refreshing = true;
    static const Json empty = Json::object();
    const Json &doc = m_doc->hasJson() && m_doc->json().is_object() ? m_doc->json() : empty;
    for (const auto &r : m_refreshers)
        r(doc);
    m_refreshing = false;
}

void ExperimentForm::mark(QWidget *w, const QStringList &messages)
{
    const bool problem = !messages.isEmpty();
    const QString help = w->property(kHelpProperty).toString();
    QString tip = help;
    if (problem) {
        tip = messages.join(QLatin1Char('\n'));
        if (!help.isEmpty())
            tip += QStringLiteral("\n\n") + help;
    }
    w->setToolTip(tip);
    // The field carries the state; the part of it that can show a frame shows it.
    QList<QWidget *> targets{w};
    if (qobject_cast<QAbstractSpinBox *>(w) && w->parentWidget()->objectName() == QLatin1String("problemFrame"))
        targets << w->parentWidget();
    else if (!qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QGroupBox *>(w))
        if (auto *view = w->findChild<QAbstractItemView *>())
            targets << view;
    for (QWidget *t : targets) {
        if (!t || t->property(kProblemProperty).toBool() == problem)
            continue;
        t->setProperty(kProblemProperty, problem);
        repolish(t);
    }
}

void ExperimentForm::showProblems(const Issues &issues)
{
    QHash<QWidget *, QStringList> messages;
    QHash<int, QString> uploadRows;
    QHash<QString, QString> envRows, parameterRows, axisRows;
    for (const Issue &i : issues) {
        if (QWidget *w = fieldFor(i.path))
            messages[w] << i.message;
        const QStringList t = jsontext::splitPointer(i.path);
        auto addRow = [&](QHash<QString, QString> &rows, const QString &key) {
            rows[key] += (rows[key].isEmpty() ? QString() : QStringLiteral("\n")) + i.message;
        };
        if (t.size() >= 3 && t[0] == QLatin1String("files") && t[1] == QLatin1String("upload"))
            uploadRows[t[2].toInt()] += i.message;
        else if (t.size() >= 3 && t[0] == QLatin1String("environment") && t[1] == QLatin1String("env"))
            addRow(envRows, t[2]);
        else if (t.size() >= 2 && t[0] == QLatin1String("parameters"))
            addRow(parameterRows, t[1]);
        else if (t.size() >= 3 && t[0] == QLatin1String("sweep") && t[1] == QLatin1String("axes"))
            addRow(axisRows, t[2]);
    }
    m_uploads->setProblems(uploadRows);
    m_env->setProblems(envRows);
    m_parameters->setProblems(parameterRows);
    m_axes->setProblems(axisRows);
    QList<QWidget *> all = m_marked;
    for (auto it = messages.begin(); it != messages.end(); ++it)
        if (!all.contains(it.key()))
            all << it.key();
    for (QWidget *w : all)
        mark(w, messages.value(w));
    m_marked = messages.keys();
}

QWidget *ExperimentForm::fieldFor(const QString &pointer) const
{
    if (QWidget *w = m_fields.value(pointer))
        return w;
    for (auto it = m_containers.begin(); it != m_containers.end(); ++it)
        if (pointer.startsWith(it.key() + QLatin1Char('/')))
            return it.value();
    return nullptr;
}

bool ExperimentForm::focusField(const QString &pointer)
{
    QWidget *w = fieldFor(pointer);
    if (!w)
        return false;
    ensureWidgetVisible(w, 20, 40);
    // Lists and tables: select the row the problem is about.
    const QStringList t = jsontext::splitPointer(pointer);
    auto *view = qobject_cast<QAbstractItemView *>(w);
    if (!view)
        view = w->findChild<QAbstractItemView *>();
    if (view && view->model()) {
        int row = -1;
        if (auto *kv = qobject_cast<KeyValueModel *>(view->model())) {
            const int depth = t.value(0) == QLatin1String("parameters") ? 1 : 2;
            if (t.size() > depth)
                row = kv->rowOf(t[depth]);
        } else if (t.size() > 2) {
            row = t[2].toInt();
        }
        if (row >= 0 && row < view->model()->rowCount())
            view->setCurrentIndex(view->model()->index(row, view->model()->columnCount() > 1 ? 1 : 0));
        view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    w->setFocus(Qt::OtherFocusReason);
    return true;
}

const ClusterProfile *ExperimentForm::profile(const QString &name) const
{
    for (const auto &p : m_profiles)
        if (p.name == name)
            return &p;
    return nullptr;
}

}  // namespace fab::widgets
