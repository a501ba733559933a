#!/bin/sh
# bench-batch.sh — time `paiban build` over 20 issues sequentially (-j 1)
# and two at a time (-j 2), and print the ratio.
#
# usage: scripts/bench-batch.sh [RUNS]
#   RUNS defaults to 5. The 20 issues are alternating copies of
#   examples/tianjin-2024-09 (60 pages) and examples/second-issue (8 pages).
# needs: go; hyperfine if installed, else GNU /usr/bin/time.
# Target (issue 7): -j 2 at most 0.6 × the time of -j 1 on two cores.
set -eu

cd "$(dirname "$0")/.."
runs=${1:-5}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/paiban" ./cmd/paiban
mkdir "$work/in" "$work/out"
cp -r examples/second-issue/images "$work/in/images"
i=1
while [ $i -le 20 ]; do
	n=$(printf %02d $i)
	if [ $((i % 2)) -eq 1 ]; then
		cp examples/tianjin-2024-09/issue.md "$work/in/tianjin-$n.md"
	else
		cp examples/second-issue/issue.md "$work/in/second-$n.md"
	fi
	i=$((i + 1))
done
build() { "$work/paiban" build -q -j "$1" -o "$work/out" "$work"/in/*.md; }
echo "bench-batch: $(nproc) CPUs, $runs runs each" >&2

if command -v hyperfine >/dev/null 2>&1; then
	# seq: the 20 issues as 20 separate runs, one after another. -j 1 is
	# not quite sequential in CPU terms: the garbage collector and the
	# EPUB's font goroutine use the second core.
	hyperfine --warmup 1 --runs "$runs" --export-json "$work/h.json" \
		-n j1 "$work/paiban build -q -j 1 -o $work/out $work/in/*.md" \
		-n j2 "$work/paiban build -q -j 2 -o $work/out $work/in/*.md" \
		-n seq "sh -c 'for f in $work/in/*.md; do $work/paiban build -q -o $work/out \$f; done'"
	# The JSON lists j1, j2, seq; mean is in seconds.
	awk -F: '/"mean"/ {gsub(/[ ,]/, "", $2); m[++n] = $2} END {printf "j2/j1 = %.2f, j2/seq = %.2f (target ≤ 0.60)\n", m[2] / m[1], m[2] / m[3]}' "$work/h.json"
	exit 0
fi

[ -x /usr/bin/time ] || { echo "bench-batch: neither hyperfine nor /usr/bin/time found" >&2; exit 2; }
build 1 2>/dev/null # warm-up: page cache
# seconds J: the median wall time in seconds of RUNS builds with -j J.
seconds() {
	r=0
	while [ $r -lt "$runs" ]; do
		/usr/bin/time -f %e -o "$work/t" sh -c "\"$work/paiban\" build -q -j $1 -o \"$work/out\" \"$work\"/in/*.md 2>/dev/null"
		cat "$work/t"
		r=$((r + 1))
	done | sort -n | awk '{t[NR] = $1} END {print t[int((NR + 1) / 2)]}'
}
j1=$(seconds 1)
j2=$(seconds 2)
echo "j1 median ${j1} s, j2 median ${j2} s"
awk -v a="$j1" -v b="$j2" 'BEGIN {printf "j2/j1 = %.2f (target ≤ 0.60)\n", b / a}'
