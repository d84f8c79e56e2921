#!/bin/sh
# bench/run.sh — times memguide run against CPython on the same programs,
# in the same invocation, and prints the ratio (memguide time / CPython time).
#
# usage: bench/run.sh [PYTHON]     (PYTHON defaults to python3.12)
# Each program runs REPEAT times (default 3) per interpreter; the best
# time counts.  Output is checked to be identical before timing counts.
set -eu
py=${1:-python3.12}
repeat=${REPEAT:-3}
here=$(cd "$(dirname "$0")" && pwd)
mg="$here/../memguide"
[ -x "$mg" ] || { echo "bench: build ./memguide first (make)" >&2; exit 2; }
command -v "$py" >/dev/null 2>&1 || [ -x "$py" ] || { echo "bench: no $py" >&2; exit 2; }

best() { # best wall time in ms of REPEAT runs of "$@"
    b=""
    for _ in $(seq "$repeat"); do
        s=$(date +%s%N)
        "$@" > /dev/null 2>&1
        e=$(date +%s%N)
        t=$(( (e - s) / 1000000 ))
        if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
    done
    echo "$b"
}

printf '%-16s %10s %10s %8s\n' program memguide/ms cpython/ms ratio
for f in "$here"/programs/*.py; do
    name=$(basename "$f" .py)
    if ! "$mg" run "$f" > /tmp/bench_mg.$$ 2>&1 || ! "$py" "$f" > /tmp/bench_py.$$ 2>&1 ||
       ! cmp -s /tmp/bench_mg.$$ /tmp/bench_py.$$; then
        echo "$name: outputs differ, not timed" >&2
        continue
    fi
    m=$(best "$mg" run "$f")
    p=$(best "$py" "$f")
    ratio=$(awk -v m="$m" -v p="$p" 'BEGIN { printf "%.2f", (p > 0 ? m / p : 0) }')
    printf '%-16s %10d %10d %8s\n' "$name" "$m" "$p" "$ratio"
done
rm -f /tmp/bench_mg.$$ /tmp/bench_py.$$
