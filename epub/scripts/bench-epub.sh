#!/usr/bin/env bash
# bench-epub.sh - time building the sample issue's EPUB with paiban against
# pandoc on the same Markdown, in the same run (so machine load hits both).
# Usage: epub/scripts/bench-epub.sh [ISSUE.md] [RUNS]
# Prints the median wall time of each over RUNS runs (default 9). The
# paiban time is the whole process: import, fonts, subset, EPUB.
set -eu
cd "$(dirname "$0")/../.."
issue="${1:-examples/tianjin-2024-09/issue.md}"
runs="${2:-9}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/sampletool" ./epub/scripts/sampletool

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { # run a command, print its wall time in ms
  local t0 t1
  t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
p=(); d=()
for _ in $(seq "$runs"); do
  p+=("$(ms "$tmp/sampletool" "$issue" "$tmp/paiban.epub")")
  if command -v pandoc >/dev/null; then
    d+=("$(ms pandoc "$issue" -o "$tmp/pandoc.epub" --metadata title=T --metadata lang=zh-CN)")
  fi
done
pm=$(printf '%s\n' "${p[@]}" | median)
echo "paiban (import + EPUB): median ${pm} ms over $runs runs ($(stat -c %s "$tmp/paiban.epub") bytes)"
if [ ${#d[@]} -gt 0 ]; then
  dm=$(printf '%s\n' "${d[@]}" | median)
  echo "pandoc:                 median ${dm} ms over $runs runs ($(stat -c %s "$tmp/pandoc.epub") bytes)"
  awk -v a="$pm" -v b="$dm" 'BEGIN { printf "ratio paiban/pandoc: %.2f\n", a / b }'
else
  echo "pandoc not installed: no comparison"
fi
