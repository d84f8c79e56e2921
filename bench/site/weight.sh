#!/bin/sh
# weight.sh [MEMGUIDE] — page weight of a lesson with 20 examples of about
# 30 steps each: the lesson page as served, what a reader's browser loads
# to step through every example, and what inlining every step's SVG in the
# page would have cost (the sum of the steps' pictures).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
bin=$(cd "$(dirname "${1:-$top/memguide}")" && pwd)/$(basename "${1:-$top/memguide}")
export MEMGUIDE_SHARE="$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/g/content"
printf 'return { title = "Weight", lessons = { "heavy" } }\n' > "$tmp/g/content/guide.lua"
{
    echo "# Twenty examples"
    echo
    i=1
    while [ $i -le 20 ]; do
        echo "## Example $i"
        echo
        echo '```python'
        echo "names = []"
        echo "for k in range(9):"
        echo "    names.append(k * $i)"
        echo "alias = names"
        echo "print(len(alias), alias[-1])"
        echo '```'
        echo
        i=$((i + 1))
    done
} > "$tmp/g/content/heavy.md"
"$bin" build "$tmp/g" -o "$tmp/site" > /dev/null
page=$(wc -c < "$tmp/site/heavy.html")
js=$(cat "$tmp/site/steps/"*.js | wc -c)
steps=$(sed -n 's/.*"count":\([0-9]*\).*/\1/p' "$tmp/site/steps/"*.js | awk '{s += $1} END {print s}')
# every step's picture inlined: the no-JS step pages hold exactly those
inline=$(cat "$tmp/site/steps/"*.html | perl -0777 -ne 'my $n = 0; $n += length($1) while /(<svg\b.*?<\/svg>)/gs; print $n')
printf 'examples 20, steps %d\n' "$steps"
printf 'lesson page (HTML, final diagrams inline)     %8.1f KB\n' "$(echo "$page / 1024" | bc -l)"
printf 'step scripts, loaded on demand (all 20)       %8.1f KB\n' "$(echo "$js / 1024" | bc -l)"
printf 'every step SVG inlined instead                %8.1f KB\n' "$(echo "$inline / 1024" | bc -l)"
