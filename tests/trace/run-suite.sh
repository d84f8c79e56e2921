#!/bin/sh
# run-suite.sh — the trace recorder's and the diagram renderer's goldens.
#
# usage: tests/trace/run-suite.sh MEMGUIDE [MEMGUIDE-SANITIZED]
#        tests/trace/run-suite.sh --record MEMGUIDE   (re-record NAME.json
#                                and the SVGs already in NAME.svg/)
#
# Next to each program NAME.py (a first line "# args: ..." gives options
# for `memguide run`, e.g. --inline or --max-trace-steps=N):
#   NAME.out       its stdout, recorded from python3.12 (NAME.err, NAME.rc
#                  likewise when present): the plain run and the traced run
#                  must both print exactly this (tracing changes nothing)
#   NAME.json      `--trace=json:FILE`, reviewed; --trace=json on stdout
#                  must give the same bytes
#   NAME.svg/      reviewed pictures of chosen steps (step-NNNN.svg) from
#                  `--svg=DIR`; every step's picture must be valid XML
#                  (xmllint) and `--svg-final` must give the last one
# Goldens are compared with ids masked (the emulated addresses move
# whenever the simulator's allocations change; tests/pysim checks them
# against CPython); every binary given must give the same bytes, ids
# included.  Prints "FAIL ..." per failure and "N passed, N failed" last.
set -u
here=$(cd "$(dirname "$0")" && pwd)
record=0
if [ "${1:-}" = "--record" ]; then
    record=1
    shift
fi
[ $# -ge 1 ] || { echo "usage: $0 [--record] MEMGUIDE [MEMGUIDE-SANITIZED]" >&2; exit 2; }
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    [ -n "${2:-}" ] && [ -f "$2" ] && sed 's/^/    /' "$2" | head -n 30
}
# masked FILE: FILE with ids replaced by ID (JSON "id": 139888628520704,
# SVG "id 139888628520704" in titles and the short "id …20704")
masked() {
    sed -E 's/("id": |id )[0-9]{6,}/\1ID/g; s/id …[0-9]+/id …ID/g' "$1"
}
# same_masked LABEL EXPECTED ACTUAL: same, ids masked
same_masked() {
    masked "$2" > "$tmp/want.m"
    masked "$3" > "$tmp/got.m"
    diff -u "$tmp/want.m" "$tmp/got.m" > "$tmp/diff" && return 0
    fail "$1" "$tmp/diff"
    return 1
}
# same_bytes LABEL FIRST ACTUAL: the first binary's output and this one's
same_bytes() {
    [ -f "$2" ] || { mkdir -p "$(dirname "$2")"; cp "$3" "$2"; return 0; }
    cmp -s "$2" "$3" && return 0
    echo "differs from $(basename "$first_bin")'s output" > "$tmp/diff"
    fail "$1" "$tmp/diff"
    return 1
}
# same LABEL EXPECTED ACTUAL: 0 when the files are equal (a missing
# expected file stands for an empty one)
same() {
    if [ -f "$2" ]; then
        diff -u "$2" "$3" > "$tmp/diff" && return 0
    else
        [ -s "$3" ] || return 0
        diff -u /dev/null "$3" > "$tmp/diff"
    fi
    fail "$1" "$tmp/diff"
    return 1
}

first_bin=""
for arg in "$@"; do
    bin=$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")
    [ -n "$first_bin" ] || first_bin=$bin
    label=$(basename "$bin")
    for py in "$here"/*.py; do
        name=$(basename "$py" .py)
        t="$label trace/$name"
        work="$tmp/w"
        rm -rf "$work"
        mkdir -p "$work"
        cp "$py" "$work/"
        args=$(sed -n '1s/^# args: //p' "$py")
        want_rc=0
        [ -f "$here/$name.rc" ] && want_rc=$(cat "$here/$name.rc")

        # the plain run and the traced run print the same, as python3.12 does
        (cd "$work" && "$bin" run "$name.py" > plain.out 2> plain.err)
        prc=$?
        # shellcheck disable=SC2086
        (cd "$work" && "$bin" run --trace=json:trace.json --svg=svg $args "$name.py" > out 2> err.raw)
        rc=$?
        # tracebacks and the JSON name the script by its absolute path
        dir=$(cd "$work" && pwd -P)
        sed "s|$dir/||g" "$work/err.raw" > "$work/err"
        sed "s|$dir/||g" "$work/plain.err" > "$work/plain.err2"
        good=1
        same "$t (stdout)" "$here/$name.out" "$work/plain.out" || good=0
        same "$t (stderr)" "$here/$name.err" "$work/plain.err2" || good=0
        same "$t (traced stdout)" "$here/$name.out" "$work/out" || good=0
        same "$t (traced stderr)" "$here/$name.err" "$work/err" || good=0
        if [ "$prc" != "$want_rc" ] || [ "$rc" != "$want_rc" ]; then
            echo "exit status $prc plain, $rc traced; expected $want_rc" > "$tmp/diff"
            fail "$t (exit status)" "$tmp/diff"
            good=0
        fi
        [ $good = 1 ] && ok

        # the JSON
        sed "s|$dir/||g" "$work/trace.json" > "$work/trace.rel.json"
        if [ $record = 1 ]; then
            cp "$work/trace.rel.json" "$here/$name.json"
        fi
        good=1
        same_masked "$t (json)" "$here/$name.json" "$work/trace.rel.json" || good=0
        same_bytes "$t (json, byte for byte)" "$tmp/first/$name.json" "$work/trace.rel.json" || good=0
        if command -v jq > /dev/null 2>&1 && ! jq -e '.format == "memguide-trace"' "$work/trace.json" > /dev/null 2>&1; then
            echo "jq cannot read it as a memguide-trace" > "$tmp/diff"
            fail "$t (json is not JSON)" "$tmp/diff"
            good=0
        fi
        # shellcheck disable=SC2086
        (cd "$work" && "$bin" run --trace=json --svg=svg2 $args "$name.py" > stdout.json 2> /dev/null)
        if ! cmp -s "$work/trace.json" "$work/stdout.json"; then
            echo "--trace=json on stdout differs from --trace=json:FILE" > "$tmp/diff"
            fail "$t (json on stdout)" "$tmp/diff"
            good=0
        fi
        [ $good = 1 ] && ok

        # the pictures: all valid, the reviewed ones the same
        good=1
        set -- "$work"/svg/*.svg
        if [ ! -f "$1" ]; then
            echo "no step-NNNN.svg written" > "$tmp/diff"
            fail "$t (svg)" "$tmp/diff"
            continue
        fi
        if ! xmllint --noout "$@" > "$tmp/diff" 2>&1; then
            fail "$t (svg: xmllint)" "$tmp/diff"
            good=0
        fi
        if [ -d "$here/$name.svg" ]; then
            for g in "$here/$name.svg"/*.svg; do
                [ -f "$g" ] || continue
                s=$(basename "$g")
                if [ ! -f "$work/svg/$s" ]; then
                    echo "$s not written" > "$tmp/diff"
                    fail "$t (svg $s)" "$tmp/diff"
                    good=0
                    continue
                fi
                [ $record = 1 ] && cp "$work/svg/$s" "$g"
                same_masked "$t (svg $s)" "$g" "$work/svg/$s" || good=0
            done
        fi
        for f in "$work"/svg/*.svg; do
            same_bytes "$t (svg $(basename "$f"), byte for byte)" "$tmp/first/$name.svg/$(basename "$f")" "$f" ||
                { good=0; break; }
        done
        last=$(ls "$work/svg" | sort | tail -n 1)
        # shellcheck disable=SC2086
        (cd "$work" && "$bin" run --svg=final --svg-final $args "$name.py" > /dev/null 2>&1)
        if ! cmp -s "$work/svg/$last" "$work/final/final.svg"; then
            echo "--svg-final's final.svg is not $last" > "$tmp/diff"
            fail "$t (svg-final)" "$tmp/diff"
            good=0
        fi
        [ $good = 1 ] && ok
    done
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
