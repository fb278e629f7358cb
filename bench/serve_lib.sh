# Sourced by the HTTP benchmarks: a fresh database (SQLite in a temporary directory, or DB=postgresql://...)
# with one standing-office user "bench", and `pcmt serve` on a free port without access log.
# Sets: bin, work, db, server (its pid), url; the server and $work go when the script exits.
bin=${PCMT_BIN:-build/pcmt}
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
db=${DB:-sqlite:$work/bench.db}
bench_password=bench-password-1
"$bin" migrate --db "$db" >/dev/null
echo "$bench_password" | "$bin" user add --db "$db" --username bench --role standing_office --scope province:40 --password-stdin >/dev/null
"$bin" serve --db "$db" --listen 127.0.0.1:0 --no-access-log >"$work/out" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q "listening" "$work/out" && break; sleep 0.05; done
url=$(grep -o "http://[0-9.:]*" "$work/out")
