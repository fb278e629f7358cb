#!/usr/bin/env bash
# Installs what pcmt needs to build, run and test, and only what is missing:
# Debian packages with apt-get (as root), front-end and test packages with npm ci.
# Safe to run again: a machine that has everything is left untouched.
set -euo pipefail
cd "$(dirname "$0")/.."

# Boost 1.81 only: its -dev packages conflict with the default 1.74 ones (see docs/architecture.md).
packages=(
  # build
  cmake ninja-build g++ pkg-config ccache
  # libraries
  libboost1.81-dev libboost-json1.81-dev libsodium-dev libsqlite3-dev libpq-dev libicu-dev
  libzip-dev libpugixml-dev libpoppler-cpp-dev libxlsxwriter-dev libcurl4-openssl-dev
  # tests and benchmarks
  libgtest-dev libbenchmark-dev postgresql-15 sqlite3 chromium wrk
  # a printed page read back as text (browser tests of print)
  poppler-utils
  # fuzzing (scripts/fuzz.sh): clang and its libFuzzer runtime
  clang-14 libclang-rt-14-dev
)
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci when the lock file is newer than the installed tree (or nothing is installed yet).
for dir in web tests; do
  if [[ -f $dir/package-lock.json ]] && { [[ ! -d $dir/node_modules ]] || [[ $dir/package-lock.json -nt $dir/node_modules/.package-lock.json ]]; }; then
    echo "install-deps: npm ci in $dir/"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
