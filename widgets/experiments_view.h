#pragma once
#include "core/experiment.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QFormLayout;

namespace fab::widgets {

class EmptyState;

// The Experiments tab: opens an experiment file (off the GUI thread), and shows either the experiment
// or, for a broken file, every problem with its JSON path and the file's text, so nothing the user
// wrote is lost or hidden. (The full editor with form, JSON and script side by side builds on this.)
class ExperimentsView : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentsView(QWidget *parent = nullptr);

    void openFile(const QString &path);  // asynchronous; emits opened() or problemsFound()
    QString currentPath() const { return m_path; }
    const std::optional<Experiment> &experiment() const { return m_experiment; }
    Issues problems() const { return m_issues; }
    QWidget *currentPage() const;

public slots:
    void chooseFile();
    void reload();

signals:
    void opened(const QString &path);
    void problemsFound(const QString &path, int count);
    void statusMessage(const QString &text);

private:
    void showLoaded(const Experiment::Loaded &loaded, const QByteArray &text);
    void showExperiment(const Experiment &x, const QByteArray &text);

    struct LoadResult {
        Experiment::Loaded loaded;
        QByteArray text;
    };
    QFutureWatcher<LoadResult> m_watcher;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_problemsPage;
    QLabel *m_problemsTitle;
    QListWidget *m_problemsList;
    QPlainTextEdit *m_problemsText;
    QWidget *m_experimentPage;
    QLabel *m_experimentTitle;
    QFormLayout *m_summary;
    QPlainTextEdit *m_json;
    QString m_path;
    std::optional<Experiment> m_experiment;
    Issues m_issues;
};

}  // namespace fab::widgets
