#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests: no systemd, no system cluster touched.
#
#   scripts/pg-throwaway.sh start DIR   creates DIR, initdb, starts on a free loopback port and
#                                       prints postgresql://postgres@127.0.0.1:PORT/postgres
#   scripts/pg-throwaway.sh stop DIR    stops the cluster (if running) and removes DIR
#
# DIR must not exist or be empty; its parent must be traversable by the postgres user (e.g. under /tmp).
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
# Durability is off (fsync, synchronous_commit): the data is thrown away anyway, and tests run faster.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

die() { echo "pg-throwaway: $*" >&2; exit 1; }

usage() { die "usage: $0 start|stop DIR"; }

[[ $# -eq 2 ]] || usage
action=$1
dir=$2
[[ -n $dir && $dir != / ]] || die "refusing DIR '$dir'"

# Run a PostgreSQL program as the cluster's owner; from / so that the postgres user
# never needs access to the caller's working directory.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

port_in_use() {
  # A connect that succeeds means somebody listens there.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]] || die "PostgreSQL 15 not found in $PG_BIN (apt-get install postgresql-15)"
  if [[ -e $dir ]] && [[ -n $(ls -A "$dir") ]]; then die "$dir exists and is not empty"; fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  chmod 700 "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "no postgres user (apt-get install postgresql-15)"
    chown postgres: "$dir"
    runuser -u postgres -- test -x "$dir" \
      || die "the postgres user cannot reach $dir: a parent folder is closed to it (use a folder under /tmp)"
  fi
  local out
  out=$(as_owner "$PG_BIN/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 2>&1) \
    || { echo "$out" >&2; die "initdb failed"; }

  # Pick a free port; if another process takes it between the check and the bind, try another.
  local attempt port
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    port_in_use "$port" && continue
    if as_owner "$PG_BIN/pg_ctl" -D "$dir" -w -t 60 -l "$dir/log" \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
      echo "postgresql://postgres@127.0.0.1:$port/postgres"
      return 0
    fi
    # A failed start leaves no server; a port clash is the common cause, so try another port.
    tail -n 5 "$dir/log" >&2 || true
  done
  die "could not start PostgreSQL (see $dir/log)"
}

stop() {
  [[ -e $dir ]] || return 0
  if [[ -f $dir/postmaster.pid ]]; then
    as_owner "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 \
      || as_owner "$PG_BIN/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf -- "$dir"
}

case $action in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
