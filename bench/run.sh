#!/usr/bin/env bash
# Benchmark: onex-purity against clang++-22 -fsyntax-only (the floor) and
# clang-tidy-22 with the nearest built-in checks, on this project's own
# sources and on generated codebases of 100 and 1000 units (bench/gen.py).
# Not a test: it prints a table for docs/performance.md.
#
#   bench/run.sh [--sizes 100 1000] [--jobs N] [--skip-own]
#
# Needs a Release build in build/ (make build) and GNU time (package 'time').
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/bin/onex-purity ] || make build
exec /usr/bin/python3 bench/run.py --build build "$@"
