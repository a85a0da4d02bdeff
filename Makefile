# Thin wrapper: CMake is the build system. Two user-facing targets:
#   make demo  - install missing deps, build (Release), run the checker on
#                examples/onex_bridge and print its diagnostics
#   make test  - install missing deps, build, run the whole suite via ctest
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
CLANG_TIDY ?= /usr/lib/llvm-22/bin/clang-tidy
PLUGIN = $(BUILD_DIR)/lib/onex-purity-tidy.so

.PHONY: demo test deps build

deps:
	@scripts/install-deps.sh

build: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then \
	  cmake -G Ninja -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	    -DCMAKE_CXX_COMPILER=/usr/lib/llvm-22/bin/clang++; \
	fi
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure

demo: build
	@echo "== onex-purity on examples/onex_bridge (clang-tidy-22 -load) =="
	@$(CLANG_TIDY) -load=$(PLUGIN) -p $(BUILD_DIR) --quiet \
	  --checks='-*,onex-*' examples/onex_bridge/*.cpp 2>&1 \
	  | grep -v '^[0-9]* warnings* generated' || true
