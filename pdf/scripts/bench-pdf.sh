#!/bin/sh
# bench-pdf.sh — time `paiban build --pdf` on an issue against pandoc +
# WeasyPrint (two-column CSS) in the same run, with peak memory from
# /usr/bin/time -v.
#
# usage: pdf/scripts/bench-pdf.sh [ISSUE] [RUNS]
#   ISSUE defaults to examples/tianjin-2024-09/issue.md, RUNS to 5 (paiban;
#   WeasyPrint runs once: it takes tens of seconds).
# needs: go, pandoc, weasyprint, /usr/bin/time (GNU), Noto CJK fonts for
# WeasyPrint (Debian: fonts-noto-cjk).
# Targets (issue 6): paiban under 1/50 of WeasyPrint's time, peak RSS under
# 250 MB.
set -eu

cd "$(dirname "$0")/../.."
issue=${1:-examples/tianjin-2024-09/issue.md}
runs=${2:-5}
for tool in pandoc weasyprint /usr/bin/time; do
	command -v "$tool" >/dev/null 2>&1 || { echo "bench-pdf: $tool not found" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/paiban" ./cmd/paiban

# measure LABEL CMD…: runs CMD under /usr/bin/time -v and prints
# "LABEL wall_seconds max_rss_kb".
measure() {
	label=$1
	shift
	/usr/bin/time -v "$@" >"$work/out.log" 2>"$work/time.log" || {
		cat "$work/out.log" "$work/time.log" >&2
		exit 1
	}
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.log")
	rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.log")
	echo "$label $wall $rss"
}

# Warm-up (page cache, font files), then the timed runs.
"$work/paiban" build --pdf -o "$work" "$issue" >/dev/null 2>&1
: >"$work/paiban.txt"
i=0
while [ "$i" -lt "$runs" ]; do
	measure paiban "$work/paiban" build --pdf -o "$work" "$issue" >>"$work/paiban.txt"
	i=$((i + 1))
done

cat >"$work/print.css" <<'CSS'
@page { size: 185mm 260mm; margin: 20mm 16mm 20mm 16mm; bleed: 3mm; marks: crop;
  @bottom-center { content: counter(page); font-size: 9pt; } }
html { font-family: "Noto Serif CJK SC", serif; font-size: 10.5pt; line-height: 1.75; }
body { column-count: 2; column-gap: 7mm; }
p { text-indent: 2em; margin: 0; text-align: justify; line-break: strict; }
h1 { column-span: all; font-family: "Noto Sans CJK SC", sans-serif; font-size: 16pt; text-align: center; margin: 1em 0 0.5em; break-after: avoid; }
h2, h3 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 12pt; margin: 0.5em 0; break-after: avoid; }
header#title-block-header { display:none; }
CSS
measure pandoc pandoc "$issue" -s -o "$work/x.html" --metadata title=T --metadata lang=zh-CN --css "$work/print.css" >"$work/pandoc.txt"
measure weasyprint weasyprint "$work/x.html" "$work/x.pdf" >"$work/weasy.txt"

pages=$(pdfinfo "$work/$(basename "${issue%.*}").pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
wpages=$(pdfinfo "$work/x.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
awk -v runs="$runs" -v pages="${pages:-?}" -v wpages="${wpages:-?}" '
	FILENAME ~ /paiban/ { t[++n] = $2; if ($3 > rss) rss = $3 }
	FILENAME ~ /pandoc/ { pt = $2; prss = $3 }
	FILENAME ~ /weasy/  { wt = $2; wrss = $3 }
	END {
		# median of the paiban runs
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (t[j] < t[i]) { x = t[i]; t[i] = t[j]; t[j] = x }
		med = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
		printf "paiban build --pdf   median %.3f s of %d runs (min %.3f, max %.3f), peak RSS %.0f MB, %s pages\n", med, n, t[1], t[n], rss / 1024, pages
		printf "pandoc → HTML         %.3f s, peak RSS %.0f MB\n", pt, prss / 1024
		printf "weasyprint HTML → PDF %.3f s, peak RSS %.0f MB, %s pages\n", wt, wrss / 1024, wpages
		ratio = (pt + wt) / med
		printf "ratio (pandoc+weasyprint) / paiban = %.1f× (target ≥ 50×): %s; paiban RSS < 250 MB: %s\n", ratio, (ratio >= 50 ? "met" : "NOT met"), (rss / 1024 < 250 ? "met" : "NOT met")
	}' "$work/paiban.txt" "$work/pandoc.txt" "$work/weasy.txt"
