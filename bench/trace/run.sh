#!/bin/sh
# bench/trace/run.sh — what recording a trace and drawing its diagrams cost,
# against a plain `memguide run` of the same program (thousand.py: 986
# steps, under the default cap of 1,000).
#
# usage: bench/trace/run.sh [MEMGUIDE]     (default ./memguide)
# Each command runs REPEAT times (default 5); the best wall time counts.
# Prints one line per mode: best time, its ratio to the plain run, and
# what it wrote.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mg=${1:-$here/../../memguide}
repeat=${REPEAT:-5}
prog=$here/thousand.py
[ -x "$mg" ] || { echo "bench: build ./memguide first (make)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the traced runs must print what the plain run prints
"$mg" run "$prog" > "$tmp/plain.out"
"$mg" run --svg="$tmp/check" --trace=json:"$tmp/check.json" "$prog" > "$tmp/traced.out"
cmp -s "$tmp/plain.out" "$tmp/traced.out" || { echo "bench: traced output differs" >&2; exit 1; }
steps=$(ls "$tmp/check" | wc -l)

best() { # best wall time in ms of REPEAT runs of "$@"
    b=""
    for _ in $(seq "$repeat"); do
        rm -rf "$tmp/svg" "$tmp/t.json"
        s=$(date +%s%N)
        "$@" > /dev/null
        e=$(date +%s%N)
        t=$(( (e - s) / 1000000 ))
        if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
    done
    echo "$b"
}

plain=$(best "$mg" run "$prog")
json=$(best "$mg" run --trace=json:"$tmp/t.json" "$prog")
json_kb=$(( $(wc -c < "$tmp/t.json") / 1024 ))
svg=$(best "$mg" run --svg="$tmp/svg" "$prog")
svg_kb=$(( $(cat "$tmp"/svg/*.svg | wc -c) / 1024 ))
both=$(best "$mg" run --trace=json:"$tmp/t.json" --svg="$tmp/svg" "$prog")
final=$(best "$mg" run --svg="$tmp/svg" --svg-final "$prog")

ratio() { awk -v a="$1" -v b="$plain" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
# what the tracing adds per recorded step, in microseconds
per() { awk -v a="$1" -v b="$plain" -v n="$steps" 'BEGIN { printf "%.0f", (a - b) * 1000 / n }'; }
echo "program: $(basename "$prog"), $steps steps; best of $repeat"
printf '%-34s %7s %7s %9s  %s\n' mode ms ratio us/step writes
printf '%-34s %7d %7s %9s  %s\n' "run" "$plain" 1.0 - -
printf '%-34s %7d %7s %9s  %s\n' "run --trace=json:FILE" "$json" "$(ratio "$json")" "$(per "$json")" "${json_kb} KB of JSON"
printf '%-34s %7d %7s %9s  %s\n' "run --svg=DIR" "$svg" "$(ratio "$svg")" "$(per "$svg")" "$steps SVGs, ${svg_kb} KB"
printf '%-34s %7d %7s %9s  %s\n' "run --trace=json:FILE --svg=DIR" "$both" "$(ratio "$both")" "$(per "$both")" "both"
printf '%-34s %7d %7s %9s  %s\n' "run --svg=DIR --svg-final" "$final" "$(ratio "$final")" "$(per "$final")" "1 SVG"
