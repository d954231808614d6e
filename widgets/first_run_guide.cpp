#include "widgets/first_run_guide.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fab::widgets {

FirstRunGuide::FirstRunGuide(const QList<ClusterProfile> &presets, QWidget *parent)
    : QDialog(parent), m_presets(presets)
{
    setWindowTitle(tr("Welcome to Fabbrica"));
    setObjectName(QStringLiteral("firstRunGuide"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Page 1: the two ways in.
    auto *start = new QWidget(m_pages);
    auto *sl = new QVBoxLayout(start);
    auto *title = new QLabel(tr("<h2>Welcome to Fabbrica</h2><p>Train on your own computer first, then scale the "
                                "same experiment up on Europe's supercomputers.</p>"),
                             start);
    title->setWordWrap(true);
    sl->addWidget(title);
    auto *local = new QCommandLinkButton(tr("Try it on this computer"),
                                         tr("Runs a small sample training right here: no account, no network. Its "
                                            "loss curve appears within seconds."),
                                         start);
    local->setObjectName(QStringLiteral("tryLocal"));
    local->setDefault(true);
    local->setAutoDefault(true);
    auto *cluster = new QCommandLinkButton(tr("Connect to a supercomputer"),
                                           tr("Pick your centre (LUMI, Leonardo, MareNostrum 5, …), enter your user "
                                              "name and key or import them from ~/.ssh/config, and test the connection."),
                                           start);
    cluster->setObjectName(QStringLiteral("connectCluster"));
    auto *bundle = new QCommandLinkButton(tr("Open a workshop bundle"),
                                          tr("Your teacher gave you a .fabbrica file: it brings the cluster, the "
                                             "experiments and the data of the course."),
                                          start);
    bundle->setObjectName(QStringLiteral("openBundle"));
    sl->addWidget(local);
    sl->addWidget(cluster);
    sl->addWidget(bundle);
    sl->addStretch(1);
    m_pages->addWidget(start);

    // Page 2: which centre.
    auto *pick = new QWidget(m_pages);
    auto *pl = new QVBoxLayout(pick);
    auto *pickText = new QLabel(tr("<h3>Which supercomputer?</h3><p>Fabbrica knows the login hosts, partitions and "
                                   "budget tools of these centres. You add your user name and key next.</p>"),
                                pick);
    pickText->setWordWrap(true);
    pl->addWidget(pickText);
    m_centres = new QComboBox(pick);
    m_centres->setObjectName(QStringLiteral("centres"));
    m_centres->setAccessibleName(tr("Supercomputer centre"));
    for (const ClusterProfile &p : m_presets)
        m_centres->addItem(p.label());
    m_centres->addItem(tr("Another cluster (enter its host yourself)"));
    pl->addWidget(m_centres);
    pl->addStretch(1);
    auto *pickButtons = new QDialogButtonBox(pick);
    QPushButton *back = pickButtons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    QPushButton *next = pickButtons->addButton(tr("&Set up…"), QDialogButtonBox::AcceptRole);
    next->setObjectName(QStringLiteral("setUp"));
    pl->addWidget(pickButtons);
    m_pages->addWidget(pick);

    auto *skip = new QDialogButtonBox(this);
    skip->addButton(tr("&Later"), QDialogButtonBox::RejectRole)
        ->setToolTip(tr("Help ▸ Getting started opens this guide again."));
    layout->addWidget(skip);
    connect(skip, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(local, &QPushButton::clicked, this, [this] {
        accept();
        emit tryOnThisComputer();
    });
    connect(cluster, &QPushButton::clicked, this, [this, next] {
        m_pages->setCurrentIndex(1);
        next->setFocus();
    });
    connect(bundle, &QPushButton::clicked, this, [this] {
        accept();
        emit openWorkshopBundle();
    });
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(next, &QPushButton::clicked, this, [this] {
        const int i = m_centres->currentIndex();
        const ClusterProfile chosen = i >= 0 && i < m_presets.size() ? m_presets[i] : ClusterProfile{};
        accept();
        emit connectTo(chosen);
    });
    resize(560, sizeHint().height());
}

}  // namespace fab::widgets
