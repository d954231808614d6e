#pragma once
#include <QString>

namespace fab::remote {

// libssh must be initialised once per process before any session is made from any thread.
void initSshLibrary();
QString sshLibraryVersion();  // the libssh actually loaded at run time

}  // namespace fab::remote
