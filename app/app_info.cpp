#include "app/app_info.h"

#include "core/paths.h"
#include "core/version.h"
#include "local-gpu/device.h"
#include "remote/ssh_library.h"

#include <QCoreApplication>
#include <QSettings>

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
