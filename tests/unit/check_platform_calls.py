#!/usr/bin/env python3
"""Operating-system calls stay in core/platform/ (the portability rule in installer/README.md).

Scans the C++ and CUDA sources of core/, remote/, local-gpu/, widgets/ and app/ for
  * #include of a POSIX-only or Win32 header (unistd.h, sys/*, fcntl.h, termios.h, poll.h,
    signal.h, pwd.h, dlfcn.h, netdb.h, netinet/*, windows.h, winsock2.h, io.h, ...), and
  * direct calls of system functions: any `::name(` call of a known POSIX/Win32 function
    (::close, ::kill, ::poll, ...), and bare calls of names that only the system has
    (isatty, socketpair, tcsetattr, fork, dlopen, ...).
Comments and string literals are ignored. Exit status 0: clean; 1: the offending lines, one per
line as FILE:LINE: what. `--self-test` checks the checker on made-up files.
"""
import argparse
import os
import re
import sys
import tempfile

FOLDERS = ["core", "remote", "local-gpu", "widgets", "app"]
ALLOWED_DIR = os.path.join("core", "platform")
EXTENSIONS = (".cpp", ".h", ".hpp", ".cc", ".cu", ".cuh")

# Headers only the system layer may include. <fcntl.h> is in MSVC's C library too, but its flags
# differ per system: platform.h offers them (openFlagsForReading/Writing).
HEADER = re.compile(
    r"""^\s*\#\s*include\s*<\s*(
        unistd\.h | fcntl\.h | termios\.h | poll\.h | signal\.h | csignal | pwd\.h | grp\.h |
        dlfcn\.h | dirent\.h | netdb\.h | spawn\.h | pthread\.h | sched\.h | syslog\.h | ifaddrs\.h |
        sys/[\w/]+\.h | netinet/[\w/]+\.h | arpa/[\w/]+\.h | net/[\w/]+\.h |
        windows\.h | winsock2?\.h | ws2tcpip\.h | io\.h | direct\.h | process\.h | aclapi\.h |
        shlobj\.h | tlhelp32\.h | conio\.h
    )\s*>""",
    re.VERBOSE | re.MULTILINE,
)

# Functions of the system's C API. Written `::name(` they are always a system call here.
SYSTEM_FUNCTIONS = """
    access accept bind chmod chown close closesocket connect dlclose dlopen dlsym dup dup2 execl execlp
    execv execve execvp fchmod fcntl fork fsync ftruncate getaddrinfo getegid geteuid getgid gethostname
    getnameinfo getpeername getpgrp getpid getppid getpwnam getpwuid getsockname getsockopt getuid ioctl
    isatty kill killpg listen lseek mkfifo mmap munmap open pipe poll pread pwrite raise read readlink
    recv recvfrom select send sendto setpgid setsid setsockopt shutdown sigaction signal sigprocmask
    sleep socket socketpair symlink sysconf tcgetattr tcsetattr umask unlink usleep wait waitpid write
    CloseHandle CreateProcessW GetConsoleMode GetExitCodeProcess LoadLibraryW OpenProcess
    SetConsoleMode TerminateProcess WSAPoll WSAStartup _isatty _read _write
""".split()
# Names that nothing but the system uses: wrong even unqualified (but not as a member, x.isatty()).
BARE_FUNCTIONS = """
    closesocket dlclose dlopen dlsym execl execlp execv execve execvp fchmod fcntl fork freeaddrinfo
    gai_strerror getaddrinfo getegid geteuid getgid getnameinfo getpgrp getpid getppid getpwnam getpwuid
    getsockname getsockopt getuid isatty killpg mkfifo setpgid setsid setsockopt sigaction sigprocmask
    socketpair sysconf tcgetattr tcsetattr usleep waitpid GetConsoleMode
    GetExitCodeProcess OpenProcess SetConsoleMode TerminateProcess WSAPoll WSAStartup _isatty
""".split()

GLOBAL_CALL = re.compile(r"(?<![\w:>.])::\s*(" + "|".join(SYSTEM_FUNCTIONS) + r")\s*\(")
BARE_CALL = re.compile(r"(?<![\w:>.])(" + "|".join(BARE_FUNCTIONS) + r")\s*\(")
STD_SIGNAL = re.compile(r"\bstd\s*::\s*(signal|raise)\s*\(")


def strip_comments_and_strings(text):
    """The text with comments and string/char literals blanked (newlines kept, so lines still count)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = text.find(")" + m.group(1) + '"', i)
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + " " * max(0, j - i - 2) + (c if j - i >= 2 else ""))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def problems_in(path, text):
    found = []
    # Includes are looked for in the raw text (a header name is not a string literal).
    for m in HEADER.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        found.append((path, line, "includes <%s>" % m.group(1).strip()))
    code = strip_comments_and_strings(text)
    for pattern, what in ((GLOBAL_CALL, "calls ::%s()"), (BARE_CALL, "calls %s()"), (STD_SIGNAL, "calls std::%s()")):
        for m in pattern.finditer(code):
            line = code.count("\n", 0, m.start()) + 1
            found.append((path, line, what % m.group(1)))
    return sorted(set(found))


def scan(root):
    found = []
    for folder in FOLDERS:
        base = os.path.join(root, folder)
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames.sort()
            rel_dir = os.path.relpath(dirpath, root)
            if rel_dir == ALLOWED_DIR or rel_dir.startswith(ALLOWED_DIR + os.sep):
                continue
            for name in sorted(filenames):
                if not name.endswith(EXTENSIONS):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    found += problems_in(os.path.relpath(path, root), f.read())
    return found


def self_test():
    bad = {
        "remote/a.cpp": '#include <unistd.h>\nvoid f(int fd) { ::close(fd); }\n',
        "core/b.cpp": "#include <sys/socket.h>\nbool t() { return isatty(0); }\n",
        "app/c.cpp": "#include <csignal>\nvoid g() { std::signal(2, nullptr); }\n",
        "local-gpu/d.cu": "#include <dlfcn.h>\nvoid *h = dlopen(\"x\", 0);\n",
        "widgets/e.h": "#include <windows.h>\n",
    }
    good = {
        # Members, qualified names, comments and strings named like system calls are fine.
        "remote/ok.cpp": (
            '#include "core/platform/platform.h"\n#include <QFile>\n'
            "void f(QFile &file) { file.close(); m->close(); SshConnection::close(); QThread::sleep(1); }\n"
            "// ::close(fd) and isatty(0) in a comment\n"
            'const char *s = "::kill(pid) isatty(0)";\n'
            'const char *r = R"(#!/bin/sh\nkill -TERM -- "-$pid"\n)";\n'
            "bool open(const QString &path);\n"
        ),
        "core/platform/platform.cpp": "#include <unistd.h>\nbool t() { return ::isatty(0) == 1; }\n",
    }
    with tempfile.TemporaryDirectory() as root:
        for rel, text in list(bad.items()) + list(good.items()):
            os.makedirs(os.path.join(root, os.path.dirname(rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w") as f:
                f.write(text)
        found = scan(root)
    flagged = {p for p, _, _ in found}
    ok = True
    for rel in bad:
        if rel not in flagged:
            print("self-test: %s was not flagged" % rel)
            ok = False
    for rel in good:
        if rel in flagged:
            print("self-test: %s was flagged: %s" % (rel, [w for p, _, w in found if p == rel]))
            ok = False
    expected = {("remote/a.cpp", 1), ("remote/a.cpp", 2), ("core/b.cpp", 1), ("core/b.cpp", 2), ("app/c.cpp", 1),
                ("app/c.cpp", 2), ("local-gpu/d.cu", 1), ("local-gpu/d.cu", 2), ("widgets/e.h", 1)}
    got = {(p, line) for p, line, _ in found}
    if got != expected:
        print("self-test: expected %s, got %s" % (sorted(expected), sorted(got)))
        ok = False
    print("self-test: %s" % ("passed" if ok else "FAILED"))
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    found = scan(os.path.abspath(args.root))
    for path, line, what in found:
        print("%s:%d: %s; operating-system calls belong in core/platform/platform.cpp" % (path, line, what))
    if not found:
        print("no system headers or calls outside core/platform/ in %s" % ", ".join(FOLDERS))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
