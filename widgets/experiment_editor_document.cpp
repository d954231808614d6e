#include "widgets/experiment_editor_document.h"

#include "widgets/experiment_editor_text.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent>

namespace fab::widgets {

using json::Json;

namespace {

// 150 ms: long enough that typing a word revalidates once, short enough to feel immediate.
constexpr int kRevalidateDelayMs = 150;

class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(ExperimentDocument *doc, ExperimentDocument::State before, ExperimentDocument::State after,
                    const QString &description, const QString &mergeKey)
        : QUndoCommand(description), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeKey(mergeKey)
    {
    }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x46414258; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const DocumentCommand *>(other);
        if (o->m_mergeKey != m_mergeKey)
            return false;
        m_after = o->m_after;
        // Typing a character and deleting it again leaves no step behind.
        setObsolete(m_after == m_before);
        return true;
    }
    void redo() override { m_doc->applyState(m_after); }
    void undo() override { m_doc->applyState(m_before); }

private:
    ExperimentDocument *m_doc;
    ExperimentDocument::State m_before, m_after;
    QString m_mergeKey;
};

// Sets (or removes) one value in the parsed document, creating missing parent objects, the way
// jsontext::editText() changes the text.
void setIn(Json &root, const QStringList &tokens, const std::optional<Json> &value)
{
    if (tokens.isEmpty()) {
        if (value)
            root = *value;
        return;
    }
    Json *at = &root;
    for (qsizetype k = 0; k + 1 < tokens.size(); ++k) {
        if (at->is_array()) {
            bool ok = false;
            const qsizetype i = tokens[k].toLongLong(&ok);
            if (!ok || i < 0 || i >= qsizetype(at->size()))
                return;
            at = &(*at)[std::size_t(i)];
            continue;
        }
        if (!at->is_object())
            *at = Json::object();
        at = &(*at)[tokens[k].toStdString()];
    }
    const std::string key = tokens.last().toStdString();
    if (at->is_array()) {
        bool ok = false;
        const qsizetype i = tokens.last().toLongLong(&ok);
        if (ok && i >= 0 && i < qsizetype(at->size()) && value)
            (*at)[std::size_t(i)] = *value;
        return;
    }
    if (!value) {
        if (at->is_object())
            at->erase(key);
        return;
    }
    if (!at->is_object())
        *at = Json::object();
    (*at)[key] = *value;
}

QString normalizedText(const QByteArray &bytes)
{
    // The text pane keeps '\n' only; the document must hold exactly what the pane shows.
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString formatted(const Json &j)
{
    return QString::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace)) + QLatin1Char('\n');
}

}  // namespace

ExperimentDocument::ExperimentDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kRevalidateDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &ExperimentDocument::revalidateNow);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    connect(&m_saveWatcher, &QFutureWatcher<SaveResult>::finished, this, [this] {
        const SaveResult r = m_saveWatcher.result();
        if (r.ok) {
            const bool moved = m_path != m_savingPath;
            m_path = m_savingPath;
            m_loadError.reset();
            m_migrated = false;
            // Clean only if nothing changed while the file was being written.
            if (m_undo->index() == m_savingIndex && m_state.text == m_savingText)
                m_undo->setClean();
            if (moved)
                emit pathChanged(m_path);
        }
        emit saved(r.ok, m_savingPath, r.error);
    });
}

ExperimentDocument::State ExperimentDocument::stateFromText(const QString &text, const Json &previousGood,
                                                            bool previousHasGood)
{
    State s{text, previousGood, previousHasGood, std::nullopt};
    Issue error;
    auto parsed = json::parse(text.toUtf8(), &error);
    if (!parsed) {
        s.textError = error;
        return s;
    }
    bool changed = false;
    if (!Experiment::migrate(*parsed, &changed, &error)) {
        s.textError = error;
        return s;
    }
    s.good = std::move(*parsed);
    s.hasGood = true;
    return s;
}

void ExperimentDocument::load(const QString &path, const QByteArray &bytes)
{
    QString text = normalizedText(bytes);
    State s = stateFromText(text, Json(), false);
    m_migrated = false;
    if (s.hasGood && !s.textError) {
        // Show the upgraded document: the form and the text must describe the same thing.
        auto original = json::parse(text.toUtf8(), nullptr);
        if (original && *original != s.good) {
            s.text = formatted(s.good);
            m_migrated = true;
        }
    }
    setLoaded(path, s, std::nullopt);
}

void ExperimentDocument::loadFailed(const QString &path, const QString &error)
{
    m_migrated = false;
    setLoaded(path, State{}, Issue{QString(), error});
}

void ExperimentDocument::reset()
{
    m_migrated = false;
    setLoaded(QString(), State{}, std::nullopt);
    m_open = false;  // nothing to show until a file is opened
}

void ExperimentDocument::setLoaded(const QString &path, const State &state, const std::optional<Issue> &loadError)
{
    m_undo->clear();
    m_state = state;
    m_loadError = loadError;
    m_open = true;
    const bool moved = m_path != path;
    m_path = path;
    m_undo->setClean();
    revalidateNow();
    if (moved)
        emit pathChanged(m_path);
    emit loaded();
    emit changed();
    emit modifiedChanged(false);
}

Issues ExperimentDocument::issues() const
{
    if (m_loadError)
        return {*m_loadError};
    Issues out;
    if (m_state.textError)
        out << *m_state.textError;
    out << m_validation;
    return out;
}

std::optional<Experiment> ExperimentDocument::experiment() const
{
    if (m_loadError || m_state.textError || !m_state.hasGood || !Experiment::validate(m_state.good).isEmpty())
        return std::nullopt;
    return Experiment::fromJson(m_state.good);
}

bool ExperimentDocument::isModified() const { return !m_undo->isClean(); }

void ExperimentDocument::apply(const QList<Edit> &edits, const QString &description, const QString &mergeKey)
{
    if (!isFormEditable() || edits.isEmpty())
        return;
    State after = m_state;
    std::optional<QString> text = m_state.text;
    for (const Edit &e : edits) {
        setIn(after.good, jsontext::splitPointer(e.pointer), e.value);
        if (text)
            text = jsontext::editText(*text, e.pointer, e.value);
    }
    // The in-place text edit must describe exactly the new document; if it does not (an unusual
    // layout), the whole text is rewritten rather than risk a mismatch between the panes.
    if (text) {
        auto check = json::parse(text->toUtf8(), nullptr);
        bool changed = false;
        Issue ignored;
        if (!check || !Experiment::migrate(*check, &changed, &ignored) || *check != after.good)
            text.reset();
    }
    after.text = text ? *text : formatted(after.good);
    if (after == m_state)
        return;
    m_undo->push(new DocumentCommand(this, m_state, after, description,
                                     mergeKey.isEmpty() ? QString() : mergeKey + QLatin1Char('#') +
                                                                          QString::number(m_mergeSession)));
}

void ExperimentDocument::setValue(const QString &pointer, const Json &value, const QString &description,
                                  const QString &mergeKey)
{
    apply({Edit{pointer, value}}, description, mergeKey);
}

void ExperimentDocument::setText(const QString &text)
{
    if (text == m_state.text)
        return;
    m_loadError.reset();  // typing where no file could be read starts a new text
    State after = stateFromText(text, m_state.good, m_state.hasGood);
    m_undo->push(new DocumentCommand(this, m_state, after, tr("Edit JSON text"),
                                     QStringLiteral("#text#") + QString::number(m_mergeSession)));
}

void ExperimentDocument::applyState(const State &state)
{
    m_state = state;
    m_debounce.start();
    emit changed();
}

void ExperimentDocument::revalidateNow()
{
    m_debounce.stop();
    m_validation = m_state.hasGood ? Experiment::validate(m_state.good) : Issues{};
    emit issuesChanged();
}

void ExperimentDocument::saveAs(const QString &path)
{
    if (m_saveWatcher.isRunning())
        return;
    m_savingPath = path;
    m_savingText = m_state.text;
    m_savingIndex = m_undo->index();
    const QByteArray bytes = m_savingText.toUtf8();
    m_saveWatcher.setFuture(QtConcurrent::run([path, bytes] {
        SaveResult r;
        r.ok = json::writeFileAtomically(path, bytes, &r.error);
        return r;
    }));
}

}  // namespace fab::widgets
