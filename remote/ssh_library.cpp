#include "remote/ssh_library.h"

#include <libssh/libssh.h>
#include <mutex>

namespace fab::remote {

void initSshLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

QString sshLibraryVersion() { return QString::fromLatin1(ssh_version(0)); }

}  // namespace fab::remote
