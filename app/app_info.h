#pragma once
#include <QString>

namespace fab::app {

QString versionLine();    // "Fabbrica 0.1.0+g1234abc"
QString versionReport();  // version plus Qt, libssh and the local engine's device
void setUpApplicationIdentity();  // organisation/application names; settings under FABBRICA_CONFIG_DIR
// Loads Fabbrica's and Qt's translations for the language chosen in settings ("ui/language"), or the
// system's. English needs its .qm too: it carries the plural forms.
void installTranslations();

}  // namespace fab::app
