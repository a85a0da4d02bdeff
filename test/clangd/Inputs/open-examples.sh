#!/bin/sh
# Opens every source and header of the example projects copied under $1 in
# onex-clangd over LSP, both include orders (lsp-client.py), and prints the
# onex diagnostics of each. Each project gets a compile database, the
# editor's .clangd, and a .clang-tidy with the onex checks whose
# SummaryIndex is the gate's cache of that project (the editor's real
# setup). Any server that exits early or with an error fails the run.
# usage: open-examples.sh <copy of examples/> <clang++> <include dir>
#                         <lsp-client.py> <clangd-config.yaml> <bin dir>
set -eu
root=$1 cxx=$2 include=$3 client=$4 clangd_config=$5 bindir=$6
cdb=$(dirname "$client")/../../tool/Inputs/make-cdb.py
for project in "$root"/*/; do
  cd "$project"
  /usr/bin/python3 "$cdb" . "$cxx" "$include" $(ls *.cpp)
  cp "$clangd_config" .clangd
  extra=$(sed -n 's/^  IntentTypes: //p' .clang-tidy 2>/dev/null || true)
  "$bindir/onex-purity" -p . --quiet --cache "$PWD/onex-cache" > /dev/null || true
  {
    echo "Checks: '-*,onex-*'"
    echo "CheckOptions:"
    echo "  SummaryIndex: '$PWD/onex-cache'"
    [ -z "$extra" ] || echo "  IntentTypes: $extra"
  } > .clang-tidy
done
cd "$root"
for file in */*.cpp */*.hpp; do
  echo "== $file"
  if ! /usr/bin/python3 "$client" --file "$file" -- "$bindir/onex-clangd" \
      --log=error --background-index=false --clang-tidy > "$root/out.txt"; then
    cat "$root/out.txt"
    echo "FAILED: $file"
    exit 1
  fi
  grep -E '^(diagnostics:|diagnostic onex-)' "$root/out.txt" | cut -d' ' -f1-3
done
