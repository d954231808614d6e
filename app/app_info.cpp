#include "app/app_info.h"

#include "core/paths.h"
#include "core/version.h"
#include "local-gpu/device.h"
#include "remote/ssh_library.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace fab::app {

QString versionLine() { return QStringLiteral("Fabbrica %1").arg(QStringLiteral(FABBRICA_VERSION_FULL)); }

QString versionReport()
{
    const auto device = localgpu::probeDevices();
    QString engine = device.summary();
    if (device.cudaDevices == 0)
        engine += QCoreApplication::translate("fab::app", " (CUDA: %1)").arg(device.cudaStatus);
    return versionLine() + QLatin1Char('\n') +
           QCoreApplication::translate("fab::app", "Qt %1, libssh %2\nLocal engine: %3")
               .arg(QString::fromLatin1(qVersion()), remote::sshLibraryVersion(), engine);
}

void setUpApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Fabbrica"));
    QCoreApplication::setApplicationName(QStringLiteral("Fabbrica"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FABBRICA_VERSION_FULL));
    // Settings follow FABBRICA_CONFIG_DIR, so scripted and test runs never touch a user's settings.
    if (!qEnvironmentVariableIsEmpty("FABBRICA_CONFIG_DIR")) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, paths::configDir());
    }
}

}  // namespace fab::app

namespace fab::app {

void installTranslations()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    // Falls back to English (and its plural forms) when the locale has no translation.
    if (ours->load(locale, QStringLiteral("fabbrica"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/fabbrica_en.qm")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

}  // namespace fab::app
