#define _GNU_SOURCE
#include "tb_spawn.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

pid_t tb_spawn_tied(const char *path, char *const argv[]) {
    // vfork, as posix_spawn does it: the child shares the trainer's memory and the calling thread waits until it has
    // exec'd, so the child runs only system calls before it. It asks the kernel to kill it when the calling thread
    // ends (PR_SET_PDEATHSIG), then checks the trainer is still its parent: had the trainer been killed in between,
    // the request would come too late and the program would outlive it (setpriv --pdeathsig, used before, had that
    // race: a kill -9 just as a new utterance started left an espeak-ng behind).
    int n = 0;
    while (argv[n]) n++;
    char **args = calloc((size_t)n + 2, sizeof(char *));
    if (!args) return -1;
    args[0] = (char *)path;
    for (int i = 1; i < n; i++) args[i] = argv[i];
    args[n > 0 ? n : 1] = 0;
    sigset_t all, old;
    sigfillset(&all);
    // No signal handler of the trainer's runs in the child before its exec (they share memory until then).
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pid_t parent = getpid();
    // The child writes why its exec failed here (the memory is shared until then), as posix_spawn reports it.
    volatile int failure = 0;
    pid_t pid = vfork();
    if (pid == 0) {
        if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent) _exit(127);
        int null = open("/dev/null", O_RDWR);
        if (null < 0 || dup2(null, 0) < 0 || dup2(null, 1) < 0 || dup2(null, 2) < 0) _exit(127);
        // Nothing else of the trainer's (its database, a server's socket) is left open in the child.
        syscall(SYS_close_range, 3U, ~0U, 0U);
        struct sigaction defaults;
        memset(&defaults, 0, sizeof defaults);
        defaults.sa_handler = SIG_DFL;
        for (int signal = 1; signal < NSIG; signal++) sigaction(signal, &defaults, 0);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, 0);
        execve(path, args, environ);
        failure = errno ? errno : ENOEXEC;
        _exit(127);
    }
    pthread_sigmask(SIG_SETMASK, &old, 0);
    free(args);
    if (pid > 0 && failure) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        return -1;
    }
    return pid;
}

int tb_kill_and_reap(pid_t pid) {
    if (pid <= 0) return 0;
    kill(pid, SIGKILL);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return errno == ECHILD ? 0 : -1;
    }
    return 0;
}

int tb_reap_if_done(pid_t pid) {
    int status;
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) return 1;
    if (r < 0 && errno == ECHILD) return 1;
    return 0;
}

int tb_wait(pid_t pid) {
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
