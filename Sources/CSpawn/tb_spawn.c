#define _GNU_SOURCE
#include "tb_spawn.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

pid_t tb_spawn_tied(const char *path, char *const argv[]) {
    // posix_spawn, not fork: the trainer has several threads, and a forked copy of it is not safe to run code in.
    // The tie to the trainer's life is made by setpriv (util-linux), which sets PR_SET_PDEATHSIG and execs the
    // program in its place; without setpriv the program is started untied (the trainer still kills it on exit).
    static const char *setpriv = "/usr/bin/setpriv";
    int n = 0;
    while (argv[n]) n++;
    char **args = calloc((size_t)n + 5, sizeof(char *));
    if (!args) return -1;
    int k = 0;
    int tied = access(setpriv, X_OK) == 0;
    if (tied) {
        args[k++] = (char *)setpriv;
        args[k++] = "--pdeathsig";
        args[k++] = "KILL";
        args[k++] = "--";
    }
    args[k++] = (char *)path;
    for (int i = 1; i < n; i++) args[k++] = argv[i];
    args[k] = 0;

    posix_spawn_file_actions_t files;
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
    // Nothing else of the trainer's (its database, a server's socket) is left open in the child.
    posix_spawn_file_actions_addclosefrom_np(&files, 3);
    posix_spawnattr_init(&attributes);
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    pid_t pid = -1;
    int failed = posix_spawn(&pid, tied ? setpriv : path, &files, &attributes, args, environ);
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attributes);
    free(args);
    return failed ? -1 : pid;
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
