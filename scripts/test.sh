#!/usr/bin/env bash
# Every test of pcmt: unit (core), store (SQLite and PostgreSQL), a short fuzz run of every file
# reader, the web app's lint and unit tests, API over real HTTP on both engines, and browser tests in
# Debian's chromium. A throwaway PostgreSQL cluster is started for the run and always stopped. Ends with
# one line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export PCMT_BIN="$root/build/pcmt"

pgdir=$(mktemp -d /tmp/pcmt-pg.XXXXXX)
rmdir "$pgdir"
cleanup() { scripts/pg-throwaway.sh stop "$pgdir" >/dev/null 2>&1 || true; }
trap cleanup EXIT
PCMT_TEST_PG_URL=$(scripts/pg-throwaway.sh start "$pgdir") || { echo "could not start PostgreSQL"; exit 1; }
export PCMT_TEST_PG_URL

passed=0
failed=0
status=0
log=$(mktemp)

# ctest: "100% tests passed, 0 tests failed out of 57"
echo "== unit and store tests (ctest)"
(cd build && ctest --output-on-failure -j2) 2>&1 | tee "$log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
if line=$(grep -E "tests passed, [0-9]+ tests failed out of [0-9]+" "$log"); then
  total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
  nfail=$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$line")
  passed=$((passed + total - nfail))
  failed=$((failed + nfail))
else
  status=1
fi

# A short fuzz run: each harness a passed or failed test (scripts/fuzz.sh; `make fuzz` runs longer).
echo "== fuzz (${PCMT_TEST_FUZZ_SECONDS:-20} s per harness)"
scripts/fuzz.sh "${PCMT_TEST_FUZZ_SECONDS:-20}" 2>&1 | tee "$log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
if line=$(grep -E "^fuzz: [0-9]+ passed, [0-9]+ failed" "$log"); then
  passed=$((passed + $(awk '{print $2}' <<<"$line")))
  failed=$((failed + $(awk '{print $4}' <<<"$line")))
else
  status=1
fi

# The web app: vitest's counts from its JSON report (a file that cannot even load counts as one
# failure), and the lint as one step that passes or fails.
echo "== web unit tests (vitest)"
report=$(mktemp)
(cd web && npm run --silent test -- --reporter=default --reporter=json --outputFile="$report") || status=1
if counts=$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(r.numPassedTests, r.numFailedTests || (r.success ? 0 : 1))' "$report" 2>/dev/null); then
  read -r p f <<<"$counts"
  passed=$((passed + p))
  failed=$((failed + f))
else
  status=1
fi
rm -f "$report"

echo "== web lint (eslint)"
if (cd web && npm run --silent lint); then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  status=1
fi

# node --test: "ℹ pass 12" / "ℹ fail 0"
# run_node LABEL GLOB: the glob is expanded inside tests/, where the files are.
run_node() {
  local label=$1 pattern=$2
  echo "== $label"
  (cd tests && shopt -s nullglob && files=($pattern) && ((${#files[@]})) && "${node_test[@]}" "${files[@]}") 2>&1 | tee "$log"
  [[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
  local p f
  p=$(grep -E "^ℹ pass [0-9]+" "$log" | tail -1 | awk '{print $3}')
  f=$(grep -E "^ℹ fail [0-9]+" "$log" | tail -1 | awk '{print $3}')
  if [[ -z $p ]]; then
    status=1
    return
  fi
  passed=$((passed + p))
  failed=$((failed + ${f:-0}))
}

node_test=(node --import tsx --test --test-reporter=spec --test-concurrency=1)
PCMT_TEST_ENGINE=sqlite run_node "API tests on SQLite" "api/*.test.ts"
PCMT_TEST_ENGINE=postgres run_node "API tests on PostgreSQL" "api/*.test.ts"
PCMT_TEST_ENGINE=sqlite run_node "browser tests" "e2e/*.test.ts"
rm -f "$log"

echo ""
echo "tests: $passed passed, $failed failed"
if ((failed > 0)); then status=1; fi
exit $status
