#!/usr/bin/env bash
# HTTP benchmark: a people search for the registry's most common name ("nguyen van an") against
# `pcmt serve` on the 500,000-person SQLite registry that bench/people_bench.cpp generates (in
# $PCMT_BENCH_DIR, default /tmp/pcmt-people-bench; generated first if missing, ~3 minutes). For a
# province officer and for an admin (all 500,000): one user alone (p95), then 32 concurrent users
# (searches/s). Every search writes its audit row, as in production. The registry is copied first,
# so the runs leave it as generated.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PCMT_BIN:-build/pcmt}
duration=${DURATION:-10s}
query=${QUERY:-nguyen%20van%20an}
registry=${PCMT_BENCH_DIR:-/tmp/pcmt-people-bench}/people.db
[[ -f $registry ]] || build/people_bench --benchmark_filter='PeopleCommonNameSearch/0' >/dev/null
work=$(mktemp -d)
server=""
trap '[[ -n $server ]] && { kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; }; rm -rf "$work"' EXIT
sqlite3 "$registry" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
cp "$registry" "$work/bench.db"
db=sqlite:$work/bench.db
echo "bench-password-1" | "$bin" user add --db "$db" --username office --role standing_office --scope province:40 --password-stdin >/dev/null
echo "bench-password-1" | "$bin" user add --db "$db" --username admin --role admin --scope province:40 --password-stdin >/dev/null
"$bin" serve --db "$db" --listen 127.0.0.1:0 --no-access-log >"$work/out" 2>&1 &
server=$!
for _ in $(seq 200); do grep -q "listening" "$work/out" && break; sleep 0.05; done
url=$(grep -o "http://[0-9.:]*" "$work/out")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); server: 2 threads"
for user in office admin; do
  cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"bench-password-1\"}" "$url/api/v1/auth/login" |
    grep -i '^set-cookie' | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*);.*/\1/')
  path="/api/v1/people?q=$query&page_size=50"
  echo "== $user: GET $path"
  curl -s -H "Cookie: $cookie" "$url$path" | grep -o '"total":[0-9]*,"page":[0-9]*,"page_size":[0-9]*,"truncated":[a-z]*'
  for c in 1 32; do
    printf '%2d user(s): ' "$c"
    wrk -t1 -c"$c" -d"$duration" -s bench/get_with_percentiles.lua "$url" -- "$path" "$cookie" | tail -1
  done
done
