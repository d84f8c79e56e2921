#!/bin/sh
# record.sh — re-records the expectations of tests/pysim from a real CPython.
#
# usage: tests/record.sh PYTHON   (PYTHON must be CPython 3.12)
#
# Only programs in directories without a file named MEMGUIDE-OWN are
# recorded: those directories hold memguide's own diagnostics (unsupported
# constructs, limits), which no CPython prints.  .tokens and .ast goldens are
# recorded from CPython's tokenize and ast modules.
set -eu
py=${1:-python3.12}
"$py" -c 'import sys; assert sys.version_info[:2] == (3, 12), sys.version' || {
    echo "record.sh: $py is not CPython 3.12" >&2
    exit 2
}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
n=0
for f in $(find tests/pysim -name '*.py' | sort); do
    dir=$(dirname "$f")
    [ -f "$dir/MEMGUIDE-OWN" ] && continue
    name=$(basename "$f" .py)
    # CPython shows the script's absolute path in tracebacks; the goldens
    # keep only the name so they hold on any machine (run.sh does the same).
    # "# args: --repl" programs are sessions: piped into the interactive
    # interpreter, prompts and all, as `memguide run --repl` replays them.
    if head -n 1 "$f" | grep -q '^# args: .*--repl'; then
        mode="-q -i"
    else
        mode=""
    fi
    # shellcheck disable=SC2086
    (cd "$dir" && here=$(pwd -P) && if [ -n "$mode" ]; then
        PYTHONHASHSEED=0 "$py" $mode < "$name.py" > "$name.out" 2> "$name.err.raw"
     else
        PYTHONHASHSEED=0 "$py" "$name.py" > "$name.out" 2> "$name.err.raw"
     fi;
     echo $? > "$name.rc"; sed "s|$here/||g" "$name.err.raw" > "$name.err"; rm -f "$name.err.raw") || true
    [ -s "$dir/$name.err" ] || rm -f "$dir/$name.err"
    [ "$(cat "$dir/$name.rc")" = 0 ] && rm -f "$dir/$name.rc"
    if [ -f "$dir/$name.tokens" ]; then
        (cd "$dir" && "$py" "$top/tools/dump_tokens.py" "$name.py" > "$name.tokens")
    fi
    if [ -f "$dir/$name.ast" ]; then
        (cd "$dir" && "$py" "$top/tools/dump_ast.py" "$name.py" > "$name.ast")
    fi
    n=$((n + 1))
done
echo "recorded $n programs with $("$py" --version)"
