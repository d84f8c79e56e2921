#!/bin/sh
# run-suite.sh — the site in a real browser: builds the project's own guide
# (content/) with MEMGUIDE and runs site.test.mjs on it (headless chromium
# through playwright-core, accessibility with axe-core).
#
# usage: tests/browser/run-suite.sh MEMGUIDE [MEMGUIDE-SANITIZED]
#   SCREENSHOTS=DIR  also save screenshots of every page (light and dark,
#                    desktop and phone) into DIR
# Needs `make deps` (chromium, node, npm ci).  Prints "FAIL ..." lines and
# "N passed, N failed" last.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 MEMGUIDE [MEMGUIDE-SANITIZED]" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

missing=""
command -v node > /dev/null 2>&1 || missing="node"
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing="$missing chromium"
[ -d "$top/node_modules/playwright-core" ] && [ -d "$top/node_modules/axe-core" ] || missing="$missing node_modules"
if [ -n "$missing" ]; then
    echo "FAIL browser: missing$missing (run make deps)"
    echo "0 passed, 1 failed"
    exit 1
fi
if ! (cd "$top" && MEMGUIDE_SHARE="$top" "$bin" build -o "$tmp/site") > "$tmp/out" 2>&1; then
    echo "FAIL browser: memguide build of content/ failed"
    sed 's/^/    /' "$tmp/out" | head -n 40
    echo "0 passed, 1 failed"
    exit 1
fi
[ -n "${SCREENSHOTS:-}" ] && mkdir -p "$SCREENSHOTS"
cd "$top" && timeout 300 node "$here/site.test.mjs" "$tmp/site" ${SCREENSHOTS:-}
