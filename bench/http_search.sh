#!/usr/bin/env bash
# HTTP benchmark: a people search for the registry's most common name ("nguyen van an") against
# `pcmt serve` on the 500,000-person SQLite registry that bench/people_bench.cpp generates (in
# $PCMT_BENCH_DIR, default /tmp/pcmt-people-bench; generated first if missing, ~3 minutes). For a
# province officer and for an admin (all 500,000): one user alone (p95), then 32 concurrent users
# (searches/s), and the server's CPU time per search. Every search writes its audit row, as in
# production. The registry is copied first, so the runs leave it as generated; DB=postgresql://...
# runs against a PostgreSQL database that holds the same registry instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PCMT_BIN:-build/pcmt}
duration=${DURATION:-10s}
query=${QUERY:-nguyen%20van%20an}
registry=${PCMT_BENCH_DIR:-/tmp/pcmt-people-bench}/people.db
[[ -n ${DB:-} || -f $registry ]] || build/people_bench --benchmark_filter='PeopleCommonNameSearch/0' >/dev/null
work=$(mktemp -d)
server=""
trap '[[ -n $server ]] && { kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; }; rm -rf "$work"' EXIT
if [[ -n ${DB:-} ]]; then
  db=$DB  # a database that already holds the registry (e.g. PostgreSQL loaded from the SQLite one)
else
  sqlite3 "$registry" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  cp "$registry" "$work/bench.db"
  db=sqlite:$work/bench.db
fi
# On a reused DB the users exist from an earlier run; a login that fails shows as non-2xx below.
echo "bench-password-1" | "$bin" user add --db "$db" --username office --role standing_office --scope province:40 --password-stdin >/dev/null 2>&1 || true
echo "bench-password-1" | "$bin" user add --db "$db" --username admin --role admin --scope province:40 --password-stdin >/dev/null 2>&1 || true
"$bin" serve --db "$db" --listen 127.0.0.1:0 --threads "${THREADS:-2}" --no-access-log >"$work/out" 2>&1 &
server=$!
for _ in $(seq 200); do grep -qs "listening" "$work/out" && break; sleep 0.05; done
url=$(grep -o "http://[0-9.:]*" "$work/out")
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); server: ${THREADS:-2} threads"
for user in ${USERS:-office admin}; do
  cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"bench-password-1\"}" "$url/api/v1/auth/login" |
    grep -i '^set-cookie' | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*);.*/\1/')
  path="/api/v1/people?q=$query&page_size=50"
  echo "== $user: GET $path"
  curl -s -H "Cookie: $cookie" "$url$path" | grep -o '"total":[0-9]*,"page":[0-9]*,"page_size":[0-9]*,"truncated":[a-z]*'
  for c in 1 32; do
    printf '%2d user(s): ' "$c"
    before=$(cpu_ticks)
    line=$(wrk -t1 -c"$c" -d"$duration" -s bench/get_with_percentiles.lua "$url" -- "$path" "$cookie" | tail -1)
    # The server's CPU per search does not depend on what else runs on the machine; searches/s does.
    echo "$line | server CPU $(awk -v t=$(($(cpu_ticks) - before)) -v hz=$(getconf CLK_TCK) -v l="$line" -v d="${duration%s}" \
      'BEGIN { split(l, f, " "); printf "%.2f ms/search", 1000 * t / hz / (f[2] * d) }')"
  done
done
