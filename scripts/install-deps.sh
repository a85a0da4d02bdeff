#!/usr/bin/env bash
# Installs the Debian packages onex-purity needs to build and test, and only
# those that are missing. Idempotent: a second run installs nothing.
#
# As root it runs apt-get directly; otherwise through sudo when available;
# otherwise it prints the exact command to run and exits 2.
set -euo pipefail

PACKAGES=(
  cmake ninja-build python3            # build system, lit's interpreter
  clang-22 libclang-22-dev libclang-cpp22-dev llvm-22-dev  # compiler, Clang/LLVM libs
  clang-tidy-22 clangd-22 llvm-22-tools  # plugin host, IDE server, lit/FileCheck/not
  lld-22                                # links onex-clangd's static clangd libraries fast
  libfmt-dev                            # {fmt}, used by the tests as std::format
  libgtest-dev                          # googletest: the engine's unit tests
  g++                                   # checks the public header compiles with GCC
  python3-jsonschema                    # validates SARIF output against the schema
)
# --browser: also headless Chromium, for `make map-screenshot` (the map
# rendered in a real browser); not needed by make test.
if [ "${1:-}" = "--browser" ]; then
  PACKAGES+=(chromium)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root:" >&2
  echo "  apt-get update && ${cmd[*]}" >&2
  exit 2
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update
"${SUDO[@]}" "${cmd[@]}"
