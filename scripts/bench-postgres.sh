#!/usr/bin/env bash
# The clinic server's answer path and due query, side by side with pgbench on the same server, in one run.
# Usage: scripts/bench-postgres.sh path/to/teachback [rounds]
#   with TEACHBACK_BENCH_POSTGRES (a database the benchmark may fill and empty; default: the cluster's
#   teachback_bench) and PGPASSWORD set, as `source DIR/env` after `scripts/pg-cluster.sh start DIR` does.
# Per round, alternating: pgbench with 1 client, teachback with 1 station, pgbench with 20 clients, teachback with 20
# stations (20 processes). pgbench runs the same two statements a teachback answer commits (insert the attempt, upsert
# the review state) in one transaction, prepared, against Teachback's own tables. Then the due query among 10 M review
# states (SKIP_DUE=1 leaves it out). Prints each figure, then medians over the rounds and the ratios the issue sets
# targets for.
set -euo pipefail
BIN=$1
ROUNDS=${2:-3}
URL=${TEACHBACK_BENCH_POSTGRES:-postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/teachback_bench?sslmode=disable}
PQ=${URL%%\?*}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ANSWERS1=${ANSWERS1:-3000}
ANSWERS20=${ANSWERS20:-300}
SECONDS1=${SECONDS1:-10}

# The schema, and a learner and a session for each pgbench client. A benchmark never empties a database holding anything
# it did not create: only one that is empty or that a benchmark marked as its own (teachback_benchmark).
"$BIN" learner list --db "$URL" > /dev/null
if [ "$(psql "$PQ" -At -c "SELECT to_regclass('teachback_benchmark') IS NOT NULL")" != t ] \
  && [ "$(psql "$PQ" -At -c "SELECT EXISTS (SELECT 1 FROM learner)")" != f ]; then
  echo "error: $PQ holds data this benchmark did not create; nothing was changed. Use an empty database of its own." >&2
  exit 1
fi
psql "$PQ" -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE TABLE IF NOT EXISTS teachback_benchmark (marked_at DOUBLE PRECISION NOT NULL);
TRUNCATE plan, review_state, attempt, session, learner RESTART IDENTITY CASCADE;
INSERT INTO learner (name, name_key, created_at) SELECT 'pgbench-' || i, 'pgbench-' || i, 0 FROM generate_series(1, 20) AS i;
INSERT INTO session (learner_id, mode, bank_id, started_at) SELECT i, 'review', 'bench', 0 FROM generate_series(1, 20) AS i;
SQL
cat > "$WORK/answer.sql" <<'SQL'
\set item random(1, 500)
\set learner :client_id + 1
BEGIN;
INSERT INTO review_state AS r (learner_id, bank_id, item_id, phase, step, stability, difficulty, due, last_review, reps, lapses, streak, introduced_at) VALUES (:learner, 'bench', 'item-' || :item, 'Review', NULL, 2.3, 5.0, extract(epoch from clock_timestamp()) + 600, extract(epoch from clock_timestamp()), 1, 0, 1, extract(epoch from clock_timestamp())) ON CONFLICT (learner_id, bank_id, item_id) DO UPDATE SET phase = excluded.phase, step = excluded.step, stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses, streak = excluded.streak;
INSERT INTO attempt (session_id, learner_id, bank_id, item_id, point_id, item_version, section, chosen, chosen_text, correct, confidence, response_ms, answered_at, rating, scheduled, had_state, prev_phase, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review, prev_reps, prev_lapses, prev_streak) VALUES (:learner, :learner, 'bench', 'item-' || :item, 'item-' || :item, 'v', 's', 0, 'A', true, NULL, 1500, extract(epoch from clock_timestamp()), 3, true, true, 'Review', NULL, 2.3, 5.0, 0, 0, 1, 0, 1) RETURNING id;
COMMIT;
SQL
pct() { python3 -c "import sys; v=sorted(float(x) for x in open(sys.argv[1]) if x.strip()); print('%.1f %.1f %d' % (v[len(v)//2], v[min(len(v)-1, int(len(v)*0.99))], len(v)))" "$1"; }

pgbench_run() { # CLIENTS SECONDS -> "p50_us p99_us tps"
  rm -f "$WORK"/pgbench_log*
  local out
  out=$(cd "$WORK" && pgbench -n -M prepared -f answer.sql -c "$1" -j "$1" -T "$2" -l --log-prefix=pgbench_log "$PQ" 2>&1)
  cat "$WORK"/pgbench_log* | awk '{ print $3 }' > "$WORK/pg.times"
  read -r p50 p99 n < <(pct "$WORK/pg.times")
  local tps
  tps=$(sed -nE 's/^tps = ([0-9.]+) .*/\1/p' <<<"$out" | head -1)
  echo "$p50 $p99 $tps"
}

teachback_run() { # STATIONS ANSWERS_EACH -> "p50_us p99_us answers_per_s"
  rm -f "$WORK"/tb.*
  local start end
  start=$(date +%s.%N)
  for s in $(seq 1 "$1"); do
    "$BIN" debug bench-answers --db "$URL" --count "$2" --times-out "$WORK/tb.$s" > /dev/null &
  done
  wait
  end=$(date +%s.%N)
  cat "$WORK"/tb.* > "$WORK/tb.all"
  read -r p50 p99 n < <(pct "$WORK/tb.all")
  echo "$p50 $p99 $(python3 -c "print('%.1f' % ($n / ($end - $start)))")"
}

: > "$WORK/rounds"
for r in $(seq 1 "$ROUNDS"); do
  read -r pg1_50 pg1_99 pg1_tps < <(pgbench_run 1 "$SECONDS1")
  read -r tb1_50 tb1_99 tb1_tps < <(teachback_run 1 "$ANSWERS1")
  read -r pg20_50 pg20_99 pg20_tps < <(pgbench_run 20 "$SECONDS1")
  read -r tb20_50 tb20_99 tb20_tps < <(teachback_run 20 "$ANSWERS20")
  echo "round $r: one station: pgbench p50 ${pg1_50} us, teachback p50 ${tb1_50} us (p99 ${tb1_99}); 20 stations: pgbench ${pg20_tps} tps p99 ${pg20_99} us, teachback ${tb20_tps} answers/s p50 ${tb20_50} us p99 ${tb20_99} us"
  echo "$pg1_50 $tb1_50 $pg20_tps $tb20_tps $tb20_99" >> "$WORK/rounds"
done
python3 - "$WORK/rounds" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
med = [statistics.median(c) for c in zip(*rows)]
pg1, tb1, pg20, tb20, tb20p99 = med
print(f"median over {len(rows)} rounds: one station teachback {tb1:.1f} us / pgbench {pg1:.1f} us = {tb1/pg1:.2f} (target <= 1.30)")
print(f"20 stations: teachback {tb20:.0f} answers/s / pgbench {pg20:.0f} tps = {tb20/pg20:.2f} (target >= 0.50); teachback p99 {tb20p99/1000:.2f} ms (target <= 20 ms)")
PY
# The due query, in a database of its own (filled once with 1,000 learners x 10,000 review states, then kept).
DUE=${TEACHBACK_BENCH_DUE_POSTGRES:-postgresql://teachback@127.0.0.1:$TEACHBACK_PG_PORT/teachback_due?sslmode=disable}
[ -n "${SKIP_DUE:-}" ] && exit 0
for r in $(seq 1 "$ROUNDS"); do "$BIN" debug bench-due --db "$DUE" --runs "${DUE_RUNS:-2000}"; done
