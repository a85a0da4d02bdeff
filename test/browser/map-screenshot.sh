#!/bin/sh
# The architecture map in a real browser: renders the bundled bridge store
# example's map (examples/bridge_store) in headless Chromium, takes a
# screenshot, and checks that the page drew every node and that its script
# ran (the node and finding count it writes). Outside `make test`: it needs
# Debian's chromium (scripts/install-deps.sh --browser). Run it with
#   make map-screenshot
# The screenshot is left in $OUT (default build/map-screenshot/).
set -eu
BUILD=${BUILD:-build}
OUT=${OUT:-$BUILD/map-screenshot}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || { echo "map-screenshot: $CHROMIUM not found (scripts/install-deps.sh --browser installs it)" >&2; exit 2; }
rm -rf "$OUT" && mkdir -p "$OUT"
"$BUILD/bin/onex-purity" map -p "$BUILD" --quiet -o "$OUT/arch.html" \
  examples/bridge_store/bridge_store_reducer.cpp \
  examples/bridge_store/store_effect.cpp examples/bridge_store/orchestrator.cpp
# A closed network: no background connections, a fresh profile each run.
run() {
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$OUT/profile" --window-size=1300,450 "$@" \
    "file://$(realpath "$OUT/arch.html")" 2>/dev/null
}
run --screenshot="$OUT/arch.png" >/dev/null
run --dump-dom > "$OUT/dom.html"
fail() { echo "map-screenshot: $*" >&2; exit 1; }
[ "$(head -c 8 "$OUT/arch.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
  fail "no PNG screenshot in $OUT/arch.png"
for node in store::NodeBridgeStoreReducer store::NodeBridgeStoreEffect \
            store::BridgeStoreOrchestrator '(unhandled)'; do
  grep -qF "class=\"name\">$node</text>" "$OUT/dom.html" || fail "node $node not drawn"
done
grep -qF '<div id="count">4 nodes, 1 findings</div>' "$OUT/dom.html" ||
  fail "the page's script did not run (no node count)"
echo "map-screenshot: 4 nodes drawn, screenshot in $OUT/arch.png"
