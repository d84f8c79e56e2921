#!/bin/sh
# run.sh — `memguide build` against hugo on the same markdown, in one
# invocation: the project's own guide (content/) and a generated guide of
# 1,000 lessons (gen.sh).  memguide runs and checks every example, traces
# it and draws its diagrams; hugo only renders the markdown.  Prints wall
# time and peak memory (best of 3 runs) and the ratio memguide / hugo.
#
# usage: bench/site/run.sh [MEMGUIDE]        (make bench-site)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
bin=$(cd "$(dirname "${1:-$top/memguide}")" && pwd)/$(basename "${1:-$top/memguide}")
command -v hugo > /dev/null || { echo "bench/site: hugo is not installed (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/site: GNU time is not installed (apt-get install time)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export MEMGUIDE_SHARE="$top"

# A hugo site over the same lesson files: front matter from the first
# heading, and the smallest layouts that render a page and a list.
hugo_site() {
    src=$1
    dst=$2
    mkdir -p "$dst/content" "$dst/layouts/_default"
    printf 'baseURL = "/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$dst/hugo.toml"
    printf '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n' \
        > "$dst/layouts/_default/single.html"
    printf '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n' \
        > "$dst/layouts/_default/list.html"
    cp "$dst/layouts/_default/list.html" "$dst/layouts/index.html"
    for f in "$src"/content/*.md; do
        t=$(sed -n 's/^# //p' "$f" | head -n 1 | sed 's/"/\\"/g')
        { printf -- '---\ntitle: "%s"\n---\n' "$t"; cat "$f"; } > "$dst/content/$(basename "$f")"
    done
}

# best of 3: "seconds peak-KB"
measure() {
    best=""
    for i in 1 2 3; do
        /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" > /dev/null 2> "$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
        t=$(cat "$tmp/time")
        if [ -z "$best" ] || [ "$(echo "$t $best" | awk '{print ($1 < $3)}')" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

row() {
    name=$1
    guide=$2
    hugo_site "$guide" "$tmp/hugo-$name"
    m=$(measure "$bin" build "$guide" -o "$tmp/site-$name")
    h=$(measure hugo --quiet -s "$tmp/hugo-$name" -d "$tmp/hugo-out-$name")
    pages=$(find "$tmp/site-$name" -name '*.html' | wc -l)
    echo "$name $m $h $pages" | awk '{ printf "%-22s %8.2f %9.1f %8.2f %9.1f %7.2f %7d\n", $1, $2, $3 / 1024, $4, $5 / 1024, ($4 > 0 ? $2 / $4 : 0), $6 }'
}

sh "$here/gen.sh" 1000 "$tmp/gen1000"
"$bin" build "$tmp/gen1000" -o "$tmp/warm" > /dev/null
printf '%-22s %8s %9s %8s %9s %7s %7s\n' guide memguide/s "peak/MB" hugo/s "peak/MB" ratio pages
row content "$top"
row generated-1000 "$tmp/gen1000"
"$bin" build "$tmp/gen1000" -o "$tmp/summary" | tail -n 1
