#!/usr/bin/env bash
# Runs every benchmark: the HTTP load test and each Google Benchmark executable in build/.
set -euo pipefail
cd "$(dirname "$0")/.."
bench/http_read.sh
for b in build/*_bench; do
  [[ -x $b ]] || continue
  echo "== $b"
  "$b" --benchmark_min_time=0.5
done
