#!/bin/sh
# run-suite.sh — the site generator's fixtures: guides built and checked,
# compared with what was recorded and reviewed.
#
# usage: tests/site/run-suite.sh MEMGUIDE [MEMGUIDE-SANITIZED]
#        tests/site/run-suite.sh --record MEMGUIDE   (re-record the expectations)
#
#   pass/            a guide using every fence kind, option, GFM, escaping,
#                    a hook and a template override; its built site must be
#                    pass.expected/ (assets aside, SVG pictures reduced to
#                    <svg/> and the step scripts' pictures left out: they
#                    are the diagram renderer's, with goldens of their own),
#                    and building twice must give the same bytes
#   fail/CASE/       a guide that must fail: expected.err, expected.out and
#                    expected.rc of `memguide check` (or of the command in
#                    CASE/cmd); a failed build must leave site/ as it was
#   bless/           `check --bless` must turn content/lesson.md into
#                    expected.md, byte for byte, and then pass
#   new/             `new "Sharing & copying"` must write new/expected/*
#   ../../content/   the project's own guide must pass `memguide check`
#
# Prints "FAIL ..." per failure and "N passed, N failed" last.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
MEMGUIDE_SHARE=$top
export MEMGUIDE_SHARE
record=0
if [ "${1:-}" = "--record" ]; then
    record=1
    shift
fi
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    if [ -n "${2:-}" ]; then sed 's/^/    /' "$2" | head -n 40; fi
}
# compare LABEL EXPECTED ACTUAL (files)
compare() {
    if diff -u "$2" "$3" > "$tmp/diff" 2>&1; then ok; else fail "$1" "$tmp/diff"; fi
}

# The diagrams are the renderer's (tests/trace has their goldens); here
# only their place in the page counts.
normalize() {
    find "$1" -type f \( -name '*.html' -o -name '*.js' \) -exec perl -0777 -pi -e \
        's/<svg\b.*?<\/svg>/<svg\/>/gs; s/"svgs":\[.*?\],"lines":\[.*?\],"truncated"/"svgs":[],"lines":[],"truncated"/gs' {} +
}

abs() { (cd "$(dirname "$1")" && echo "$(pwd)/$(basename "$1")"); }

run_suite() {
    bin=$(abs "$1")
    label=$(basename "$1")

    # ---- the passing guide ----
    rm -rf "$tmp/site" "$tmp/site2" "$tmp/norm"
    if ! (cd "$here/pass" && "$bin" build -o "$tmp/site") > "$tmp/out" 2> "$tmp/err"; then
        fail "$label pass: build failed" "$tmp/err"
    else
        ok
        cp -r "$tmp/site" "$tmp/norm"
        rm -rf "$tmp/norm/assets"
        normalize "$tmp/norm"
        if [ $record = 1 ]; then
            rm -rf "$here/pass.expected"
            cp -r "$tmp/norm" "$here/pass.expected"
        fi
        if diff -ru "$here/pass.expected" "$tmp/norm" > "$tmp/diff" 2>&1; then ok; else fail "$label pass: site differs from pass.expected" "$tmp/diff"; fi
        for f in "$top"/templates/assets/*; do
            compare "$label pass: assets/$(basename "$f")" "$f" "$tmp/site/assets/$(basename "$f")"
        done
        [ -s "$tmp/err" ] && fail "$label pass: build wrote to stderr" "$tmp/err"
        (cd "$here/pass" && "$bin" build -o "$tmp/site2") > /dev/null 2>&1
        if diff -r "$tmp/site" "$tmp/site2" > "$tmp/diff" 2>&1; then ok; else fail "$label pass: two builds differ" "$tmp/diff"; fi
    fi
    (cd "$here/pass" && "$bin" check) > "$tmp/out" 2> "$tmp/err"
    if [ $? = 0 ] && [ ! -s "$tmp/err" ] && grep -q '^9 examples, 0 failed$' "$tmp/out"; then ok; else
        cat "$tmp/out" >> "$tmp/err"
        fail "$label pass: check" "$tmp/err"
    fi

    # ---- guides that must fail ----
    for case in "$here"/fail/*/; do
        name=$(basename "$case")
        cmd=check
        [ -f "$case/cmd" ] && cmd=$(cat "$case/cmd")
        rm -rf "$case/site"
        if [ "$cmd" = build ]; then
            mkdir -p "$case/site"
            echo "the previous site" > "$case/site/index.html"
        fi
        (cd "$case" && "$bin" $cmd) > "$tmp/out" 2> "$tmp/err"
        echo $? > "$tmp/rc"
        if [ $record = 1 ]; then
            cp "$tmp/err" "$case/expected.err"
            cp "$tmp/out" "$case/expected.out"
            cp "$tmp/rc" "$case/expected.rc"
        fi
        compare "$label fail/$name (stderr)" "$case/expected.err" "$tmp/err"
        compare "$label fail/$name (stdout)" "$case/expected.out" "$tmp/out"
        compare "$label fail/$name (exit status)" "$case/expected.rc" "$tmp/rc"
        if [ "$cmd" = build ]; then
            if [ "$(cat "$case/site/index.html" 2>/dev/null)" = "the previous site" ] &&
               [ "$(ls "$case/site")" = index.html ] && ! ls -d "$case"/site.* > /dev/null 2>&1; then ok; else
                ls -la "$case" "$case/site" > "$tmp/diff" 2>&1
                fail "$label fail/$name: site/ was touched or a temporary directory was left" "$tmp/diff"
            fi
            rm -rf "$case/site"
        fi
    done

    # ---- bless ----
    rm -rf "$tmp/bless"
    cp -r "$here/bless" "$tmp/bless"
    (cd "$tmp/bless" && "$bin" check --bless) > "$tmp/out" 2> "$tmp/err"
    compare "$label bless: the lesson after --bless" "$here/bless/expected.md" "$tmp/bless/content/lesson.md"
    if grep -q '^memguide check: blessed 4 expectations in 1 file$' "$tmp/out" && grep -q '^4 examples, 0 failed$' "$tmp/out"; then ok; else
        fail "$label bless: summary" "$tmp/out"
    fi
    if (cd "$tmp/bless" && "$bin" check) > "$tmp/out" 2>&1; then ok; else fail "$label bless: check after bless" "$tmp/out"; fi
    if ls "$tmp/bless/content" | grep -q memguide-; then fail "$label bless: a temporary file was left"; else ok; fi

    # ---- new ----
    rm -rf "$tmp/new"
    cp -r "$here/new" "$tmp/new"
    rm -rf "$tmp/new/expected"
    (cd "$tmp/new" && "$bin" new "Sharing & copying") > "$tmp/out" 2>&1
    compare "$label new: guide.lua" "$here/new/expected/guide.lua" "$tmp/new/content/guide.lua"
    compare "$label new: the lesson" "$here/new/expected/03-sharing-copying.md" "$tmp/new/content/03-sharing-copying.md"
    if (cd "$tmp/new" && "$bin" check) > "$tmp/out" 2>&1 && grep -q '^1 examples, 0 failed$' "$tmp/out"; then ok; else
        fail "$label new: the new lesson's example passes" "$tmp/out"
    fi

    # ---- the project's own guide ----
    if (cd "$top" && "$bin" check) > "$tmp/out" 2>&1; then ok; else fail "$label content/: memguide check" "$tmp/out"; fi
}

[ $# -ge 1 ] || { echo "usage: $0 [--record] MEMGUIDE [MEMGUIDE-SANITIZED]" >&2; exit 2; }
for b in "$@"; do
    run_suite "$b"
    [ $record = 1 ] && break
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
