#!/usr/bin/env bash
# Memory after large work: pcmt serve's resident size (VmRSS) idle, after three 100,000-row people
# imports (committed, distinct people each time), after exporting one commune's 150,000 as XLSX, and after
# settling. Freed memory should go back to the system rather than stay at the peak.
# PCMT_BIN picks the binary (default build/pcmt); DB=postgresql://... runs on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/serve_lib.sh
curl -s -c "$work/jar" -o "$work/login.json" -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench\",\"password\":\"$bench_password\"}" "$url/api/v1/auth/login"
csrf=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["csrf_token"])' "$work/login.json")
# Resident size once the work is answered and the server had a moment (PAUSE s, default 2) to free it.
rss() { sleep "${PAUSE:-2}"; awk '/^VmRSS/ {r = $2} /^RssAnon/ {a = $2} END {printf "%.0f MB (heap and other anonymous: %.0f MB)", r / 1024, a / 1024}' "/proc/$server/status"; }

# 100,000 people of province 40 born in year Y (their personal IDs carry the year), as a JSON import body.
make_import() {
  python3 - "$1" >"$work/import.json" <<'PY'
import json, sys
year = int(sys.argv[1])
communes = ["16681", "16690"]
lines = ["Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã,Địa chỉ,Loại ma túy"]
for i in range(100_000):
    male = i % 2 == 0
    pid = f"040{0 if male else 1}{year % 100:02d}{i:06d}"
    name = f"{'Nguyễn Văn' if male else 'Trần Thị'} Thử {i}"
    lines.append(f"{pid},{name},{1 + i % 28:02d}/{1 + i % 12:02d}/{year},{'Nam' if male else 'Nữ'},"
                 f"{communes[i % 2]},Số {i} đường Lê Lợi,heroin")
print(json.dumps({"format": "csv", "content": "\n".join(lines) + "\n", "commit": True}, ensure_ascii=False))
PY
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $bin on ${db%%:*}"
echo "idle: $(rss)"
for year in 1990 1991 1992; do
  make_import $year
  code=$(curl -s -b "$work/jar" -o "$work/result.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -H "X-CSRF-Token: $csrf" --data-binary @"$work/import.json" "$url/api/v1/people/import")
  [[ $code == 200 ]] || { echo "import $year: HTTP $code: $(head -c 300 "$work/result.json")"; exit 1; }
  echo "after import $year: $(rss)"
done
code=$(curl -s -b "$work/jar" -o "$work/export.xlsx" -w '%{http_code}' \
  "$url/api/v1/people/export?reason=bench&commune=16681")
[[ $code == 200 ]] || { echo "export: HTTP $code: $(head -c 300 "$work/export.xlsx")"; exit 1; }
echo "after export ($(( $(stat -c %s "$work/export.xlsx") / 1024 )) KB): $(rss)"
sleep "${SETTLE:-10}"
echo "after ${SETTLE:-10} s idle: $(rss)"
