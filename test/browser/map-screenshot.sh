#!/bin/sh
# The architecture map in a real browser: renders the bundled bridge store
# example's map (examples/bridge_store) and a generated program of 200
# nodes (gen-map-program.py) in headless Chromium, takes screenshots, and
# checks that the page drew every node, that its script ran (the node and
# finding count it writes), and that no two texts of the map overlap (the
# page measures every label and name with the browser's own text metrics,
# getBBox, and writes the count). Outside `make test`: it needs
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
overlaps() {
  sed -n 's/.*<p id="overlaps"[^>]*>\([0-9]* texts, [0-9]* overlapping\)<.*/\1/p' "$1"
}
case "$(overlaps "$OUT/dom.html")" in
  *" 0 overlapping") ;;
  *) fail "texts overlap on the bridge store's map: $(overlaps "$OUT/dom.html")" ;;
esac
echo "map-screenshot: 4 nodes drawn, screenshot in $OUT/arch.png"

# 200 nodes: reducers, executors forwarding bundle fields, effects, and
# intents nobody handles.
GEN="$OUT/generated"
units=$(/usr/bin/python3 "$(dirname "$0")/gen-map-program.py" "$GEN")
/usr/bin/python3 "$(dirname "$0")/../tool/Inputs/make-cdb.py" "$GEN" \
  "${CXX:-/usr/lib/llvm-22/bin/clang++}" "$(realpath include)" $units
"$BUILD/bin/onex-purity" map -p "$GEN" --quiet -o "$GEN/arch.html"
size=$(sed -n 's/.*<svg id="map"[^>]* width="\([0-9]*\)" height="\([0-9]*\)".*/\1,\2/p' "$GEN/arch.html")
w=$((${size%,*} + 400)) h=${size#*,}
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
  --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --user-data-dir="$OUT/profile" --window-size=$w,$h \
  --screenshot="$GEN/arch.png" "file://$(realpath "$GEN/arch.html")" >/dev/null 2>&1
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
  --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --user-data-dir="$OUT/profile" --window-size=$w,$h \
  --dump-dom "file://$(realpath "$GEN/arch.html")" > "$GEN/dom.html" 2>/dev/null
[ "$(head -c 8 "$GEN/arch.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
  fail "no PNG screenshot in $GEN/arch.png"
grep -qF '<div id="count">200 nodes, ' "$GEN/dom.html" ||
  fail "the generated map does not have 200 nodes"
case "$(overlaps "$GEN/dom.html")" in
  *" 0 overlapping") ;;
  *) fail "texts overlap on the 200-node map: $(overlaps "$GEN/dom.html")" ;;
esac
echo "map-screenshot: 200 nodes drawn, $(overlaps "$GEN/dom.html"), screenshot in $GEN/arch.png"
