// Preloaded (LD_PRELOAD) into every process of the ThreadSanitizer run (tests/sanitize/run.sh tsan).
//
// QProcess (Qt 6.4, forkfd) starts a child with clone(CLONE_VM | CLONE_VFORK): until its exec, the
// child runs in the parent's memory, and the TSan interceptors it calls there (close, dup2, execve)
// update the state of the parent's thread, which is then left ignoring every later access: from the
// first process a thread starts, TSan silently stops checking that thread. (Seen here: a plain data
// race between two threads is reported, and is not once the same thread has run QProcess::start.)
// This wrapper turns such a clone into a fork-like one, with a copy of the memory, which leaves the
// parent's state alone; the child still only execs. GCC 12's libtsan does not intercept clone itself.
#include <dlfcn.h>
#include <sched.h>
#include <sys/types.h>

#include <cstdarg>

extern "C" int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
    va_list ap;
    va_start(ap, arg);
    pid_t *parentTid = va_arg(ap, pid_t *);
    void *tls = va_arg(ap, void *);
    pid_t *childTid = va_arg(ap, pid_t *);
    va_end(ap);
    using Clone = int (*)(int (*)(void *), void *, int, void *, ...);
    static const Clone real = reinterpret_cast<Clone>(dlsym(RTLD_NEXT, "clone"));
    if ((flags & CLONE_VM) && (flags & CLONE_VFORK))
        flags &= ~(CLONE_VM | CLONE_VFORK);
    return real(fn, stack, flags, arg, parentTid, tls, childTid);
}
