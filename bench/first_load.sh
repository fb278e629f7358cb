#!/usr/bin/env bash
# Bytes of the first load of the web app (index.html and the scripts, styles and icon it links to, as the
# server sends them: brotli, gzip, or uncompressed). Reads the built files of web/dist (`make web` first).
set -euo pipefail
cd "$(dirname "$0")/../web/dist"
mapfile -t files < <(echo index.html; grep -oE '(src|href)="/[^"]+"' index.html | sed -E 's/.*="\/(.*)"/\1/')
for encoding in identity gzip br; do
  total=0
  for f in "${files[@]}"; do
    case $encoding in
      identity) path=$f ;;
      gzip) path=$f.gz ;;
      br) path=$f.br ;;
    esac
    [[ -f $path ]] || path=$f
    total=$((total + $(stat -c %s "$path")))
  done
  printf '%-8s %9d bytes (%d files)\n' "$encoding" "$total" "${#files[@]}"
done
