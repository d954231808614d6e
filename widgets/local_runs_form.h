#pragma once
// The settings half of the Local runs tab: base model, dataset, full or LoRA fine-tune, hyperparameters
// and device. It turns its fields into a TrainConfig and back, remembers them with QSettings, and says
// in words what is wrong before a run starts (the engine checks again, in its thread, what needs reading).
#include "local-gpu/train_config.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace fab::widgets {

class LocalRunForm : public QWidget {
    Q_OBJECT
public:
    explicit LocalRunForm(QWidget *parent = nullptr);

    // Everything but the run folder (out), which the view chooses.
    localgpu::TrainConfig config() const;
    void setConfig(const localgpu::TrainConfig &c);
    // Empty when a run can start with these settings, else the first problem, in words.
    QString problem() const;

    void setSampleDataset(const QString &path);  // the default dataset; fills the field when it is empty
    void saveSettings() const;
    void restoreSettings();

    // For tests and the view's own wiring.
    QLineEdit *dataEdit() const { return m_data; }
    QLineEdit *baseEdit() const { return m_basePath; }
    QRadioButton *toyButton() const { return m_toy; }
    QRadioButton *fileButton() const { return m_fromFile; }
    QRadioButton *loraButton() const { return m_lora; }
    QSpinBox *stepsBox() const { return m_steps; }
    QComboBox *deviceBox() const { return m_device; }
    QSpinBox *threadsBox() const { return m_threads; }

signals:
    void changed();  // any field, so the view can update the device line and the Start button

private:
    void chooseData();
    void chooseBase();
    void updateEnabled();

    QRadioButton *m_toy, *m_fromFile;
    QLineEdit *m_basePath;
    QSpinBox *m_layers, *m_heads, *m_width, *m_context;
    QLineEdit *m_data;
    QComboBox *m_format;
    QDoubleSpinBox *m_valFraction;
    QRadioButton *m_full, *m_lora;
    QGroupBox *m_loraBox;
    QSpinBox *m_rank;
    QDoubleSpinBox *m_alpha, *m_dropout;
    QCheckBox *m_cAttn, *m_cProj, *m_cFc;
    QSpinBox *m_steps, *m_batch, *m_seq, *m_warmup, *m_evalEvery, *m_sampleEvery;
    QDoubleSpinBox *m_lr;
    QLineEdit *m_seed;
    QLineEdit *m_prompt;
    QComboBox *m_device;
    QSpinBox *m_threads;
    QString m_sampleDataset;
};

}  // namespace fab::widgets
