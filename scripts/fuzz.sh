#!/usr/bin/env bash
# Builds the libFuzzer harnesses of fuzz/ (clang, -fsanitize=fuzzer,address, in their own build
# directory) and runs each for SECONDS (default 600) from a seed corpus generated from the plan
# fixtures; the corpus grows from run to run in build-fuzz/corpus/. A crashing input is kept in
# build-fuzz/crashes/HARNESS/ and becomes a regression test. Ends with "fuzz: N passed, N failed"
# (a harness passes when it ran its time without a crash).
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
dir=${PCMT_FUZZ_BUILD:-build-fuzz}

CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -G Ninja -DPCMT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || { echo "fuzz: 0 passed, 1 failed (configure)"; exit 1; }
cmake --build "$dir" -j2 >"$dir/build.log" 2>&1 || { tail -30 "$dir/build.log"; echo "fuzz: 0 passed, 1 failed (build)"; exit 1; }

corpus=$dir/corpus
if [[ ! -d $corpus ]]; then
  fixtures=(tests/fixtures/plans)
  [[ -d /work/shared/fixtures/plans ]] && fixtures+=(/work/shared/fixtures/plans)
  "$dir/fuzz/fuzz_seeds" "$corpus" "${fixtures[@]}" || { echo "fuzz: 0 passed, 1 failed (seeds)"; exit 1; }
fi

passed=0
failed=0
for harness in "$dir"/fuzz/*_fuzz; do
  name=$(basename "$harness")
  mkdir -p "$corpus/$name" "$dir/crashes/$name"
  log=$dir/$name.log
  # -timeout: one input running 30 s is a finding too; -rss_limit_mb: the readers' bounds keep
  # every input far below it.
  if "$harness" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$dir/crashes/$name/" "$corpus/$name" >"$log" 2>&1; then
    runs=$(grep -oE "stat::number_of_executed_units: *[0-9]+" "$log" | grep -oE "[0-9]+$")
    echo "fuzz: $name ran ${seconds} s without a crash (${runs:-?} runs)"
    passed=$((passed + 1))
  else
    echo "fuzz: $name FAILED, see $log and $dir/crashes/$name/"
    grep -A25 -E "^==[0-9]+==ERROR|deadly signal|Timeout|out-of-memory" "$log" | head -40
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
((failed == 0))
