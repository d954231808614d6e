#pragma once
// The first thing a new user sees: two ways in. "Try it on this computer" (the default, no network,
// no account) runs the sample experiment and shows its loss curve; "Connect to a supercomputer" picks
// the user's centre from the shipped presets and opens the profile editor on it (user name, key or
// ~/.ssh/config import, Test connection). The dialog only chooses; the main window does the work.
#include "core/cluster_profile.h"

#include <QDialog>

class QComboBox;
class QStackedWidget;

namespace fab::widgets {

class FirstRunGuide : public QDialog {
    Q_OBJECT
public:
    // `presets`: the centres to offer (the shipped presets, read by the caller).
    explicit FirstRunGuide(const QList<ClusterProfile> &presets, QWidget *parent = nullptr);

signals:
    void tryOnThisComputer();
    void openWorkshopBundle();  // the teacher handed out a .fabbrica file
    void connectTo(const fab::ClusterProfile &preset);  // a preset, or an empty profile for "other"

private:
    QStackedWidget *m_pages;
    QComboBox *m_centres;
    QList<ClusterProfile> m_presets;
};

}  // namespace fab::widgets
