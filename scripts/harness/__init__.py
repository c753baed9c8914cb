"""Shared helpers for the end-to-end suite (scripts/e2e) and the fault suite (scripts/fault_suite).

- `cli`: `Result` (what one run of the binary did) and the common contract (`expect_ok`, `expect_refused`, ...: no
  crash, no Swift trap or stack trace, no password).
- `plain`: `PlainSession`, plain mode over pipes (send a line, read until a prompt, with a deadline).
- `tmux`: `Tmux`, the full-screen trainer in a real terminal (start with a size, send keys, wait for text or a
  regular expression, resize, kill). It never sleeps a fixed time: it polls the screen until what it expects is
  there, and fails showing the screen.
- `postgres`: the throwaway PostgreSQL cluster (`scripts/pg-cluster.sh`), the one TEACHBACK_PG_DIR names or one of
  its own, and fresh databases in it.
- `procs`: waiting on a condition with a deadline, and finding a test's own processes by a token in their environment.
"""
