#!/usr/bin/env bash
# HTTP benchmark: an authenticated small JSON read (GET /api/v1/communes/16681 and /api/v1/me)
# with wrk at 64 connections against pcmt on SQLite (or DB=postgresql://... for PostgreSQL).
# wrk and the server share this machine's cores, so the figure is a floor for a real deployment.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PCMT_BIN:-build/pcmt}
duration=${DURATION:-10s}
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
db=${DB:-sqlite:$work/bench.db}
"$bin" migrate --db "$db" >/dev/null
echo "bench-password-1" | "$bin" user add --db "$db" --username bench --role standing_office --scope province:40 --password-stdin >/dev/null
"$bin" serve --db "$db" --listen 127.0.0.1:0 --no-access-log >"$work/out" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q "listening" "$work/out" && break; sleep 0.05; done
url=$(grep -o "http://[0-9.:]*" "$work/out")
cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"bench-password-1"}' "$url/api/v1/auth/login" |
  grep -i '^set-cookie' | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*);.*/\1/')
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for path in /api/v1/communes/16681 /api/v1/me; do
  echo "== GET $path (64 connections, $duration, 2 wrk threads)"
  wrk -t2 -c64 -d"$duration" --latency -H "Cookie: $cookie" "$url$path" | grep -E "Requests/sec|50%|90%|99%|Non-2xx"
done
