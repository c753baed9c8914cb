#ifndef TB_SPAWN_H
#define TB_SPAWN_H
#include <sys/types.h>

/// Starts `path` (an absolute path) with `argv` (argv[0] is ignored), its standard input, output and error on
/// /dev/null, no other file of the trainer's open, default signal handling, and the kernel told to kill it when the
/// calling thread ends (PR_SET_PDEATHSIG, checked against the trainer having died first), so no child outlives the
/// trainer however it stops. Returns the pid, or -1.
pid_t tb_spawn_tied(const char *path, char *const argv[]);

/// Kills the child and reaps it. Returns 0 once it has gone.
int tb_kill_and_reap(pid_t pid);

/// Reaps the child if it has exited; 1 when it has, 0 while it runs.
int tb_reap_if_done(pid_t pid);

/// Waits for the child to finish on its own.
int tb_wait(pid_t pid);
#endif
