#!/usr/bin/env bash
# HTTP benchmark: an authenticated small JSON read (GET /api/v1/communes/16681 and /api/v1/me)
# with wrk at 64 connections against pcmt on SQLite (or DB=postgresql://... for PostgreSQL).
# wrk and the server share this machine's cores, so the figure is a floor for a real deployment.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-10s}
. bench/serve_lib.sh
cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench\",\"password\":\"$bench_password\"}" "$url/api/v1/auth/login" |
  grep -i '^set-cookie' | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*);.*/\1/')
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for path in /api/v1/communes/16681 /api/v1/me; do
  echo "== GET $path (64 connections, $duration, 2 wrk threads)"
  wrk -t2 -c64 -d"$duration" --latency -H "Cookie: $cookie" "$url$path" | grep -E "Requests/sec|50%|90%|99%|Non-2xx"
done
