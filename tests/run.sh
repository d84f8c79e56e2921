#!/bin/sh
# run.sh — runs every test and prints the totals as its last line:
#   N passed, N failed
#
# usage: tests/run.sh MEMGUIDE [MEMGUIDE-SANITIZED] [UNIT-TEST-BINARY ...]
#
# Golden tests live in tests/pysim/**/NAME.py.  Next to each program:
#   NAME.out     expected stdout (always present)
#   NAME.err     expected stderr (absent: stderr must be empty)
#   NAME.rc      expected exit status (absent: 0)
#   NAME.tokens  expected `memguide run --tokens` output (optional)
#   NAME.ast     expected `memguide run --ast` output (optional)
# A first line "# args: ..." gives extra options for `memguide run`.
# Every golden test runs once per memguide binary given.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

bins=""
units=""
for a in "$@"; do
    case "$a" in
    */unit/*) units="$units $a" ;;
    *) bins="$bins $a" ;;
    esac
done

fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    [ -n "${2:-}" ] && sed 's/^/    /' "$2" | head -n 40
}

# compare LABEL EXPECTED-FILE ACTUAL-FILE: 0 when equal, else prints a diff
compare() {
    if [ -f "$2" ]; then
        diff -u "$2" "$3" > "$tmp/diff" && return 0
    else
        [ -s "$3" ] || return 0
        diff -u /dev/null "$3" > "$tmp/diff"
    fi
    fail "$1" "$tmp/diff"
    return 1
}

run_golden() {
    bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
    label=$(basename "$1")
    for py in $(cd "$top" && find tests/pysim -name '*.py' | sort); do
        dir=$(dirname "$top/$py")
        name=$(basename "$py" .py)
        args=$(sed -n '1s/^# args: //p' "$top/$py")
        for mode in run tokens ast; do
            case $mode in
            run) flag="" ;;
            tokens) [ -f "$dir/$name.tokens" ] || continue; flag=--tokens ;;
            ast) [ -f "$dir/$name.ast" ] || continue; flag=--ast ;;
            esac
            # shellcheck disable=SC2086
            (cd "$dir" && "$bin" run $flag $args "$name.py" > "$tmp/out" 2> "$tmp/err.raw")
            rc=$?
            # tracebacks name the script by its absolute path, as CPython's do
            sed "s|$(cd "$dir" && pwd -P)/||g" "$tmp/err.raw" > "$tmp/err"
            t="$label $py${flag:+ $flag}"
            if [ $mode = run ]; then
                want_rc=0
                [ -f "$dir/$name.rc" ] && want_rc=$(cat "$dir/$name.rc")
                compare "$t (stdout)" "$dir/$name.out" "$tmp/out" || continue
                compare "$t (stderr)" "$dir/$name.err" "$tmp/err" || continue
                if [ "$rc" != "$want_rc" ]; then
                    echo "exit status $rc, expected $want_rc" > "$tmp/diff"
                    fail "$t" "$tmp/diff"
                    continue
                fi
            else
                compare "$t" "$dir/$name.$mode" "$tmp/out" || continue
                if [ "$rc" != 0 ]; then
                    fail "$t (exit status $rc)" "$tmp/err"
                    continue
                fi
            fi
            passed=$((passed + 1))
        done
    done
}

for b in $bins; do
    run_golden "$b"
done

for u in $units; do
    "$u" > "$tmp/unit" 2>&1
    rc=$?
    line=$(tail -n 1 "$tmp/unit")
    p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
    f=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
    if [ -z "$p" ] || { [ "$rc" != 0 ] && [ "$f" = 0 ]; }; then
        fail "$(basename "$u") crashed (exit status $rc)" "$tmp/unit"
        continue
    fi
    grep '^FAIL' "$tmp/unit" | sed "s|^FAIL|FAIL $(basename "$u"):|"
    passed=$((passed + p))
    failed=$((failed + f))
done

# Suites of their own: tests/SUITE/run-suite.sh MEMGUIDE [MEMGUIDE-SANITIZED]
# runs its checks, prints a line "FAIL ..." for each failure and, last,
# "N passed, N failed" (trace and diagram goldens, site fixtures, browser).
for suite in "$top"/tests/*/run-suite.sh; do
    [ -f "$suite" ] || continue
    name=$(basename "$(dirname "$suite")")
    # shellcheck disable=SC2086
    sh "$suite" $bins > "$tmp/suite" 2>&1
    rc=$?
    line=$(tail -n 1 "$tmp/suite")
    p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
    f=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
    if [ -z "$p" ] || { [ "$rc" != 0 ] && [ "$f" = 0 ]; }; then
        fail "suite $name ended without a result (exit status $rc)" "$tmp/suite"
        continue
    fi
    grep '^FAIL' "$tmp/suite" | sed "s|^FAIL|FAIL $name:|"
    passed=$((passed + p))
    failed=$((failed + f))
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
