# Thin wrapper: CMake is the build system. Two user-facing targets:
#   make demo  - install missing deps, build (Release), run onex-purity on
#                examples/onex_bridge (text on the terminal, SARIF in
#                onex.sarif), then the same checks through clang-tidy
#   make test  - install missing deps, build, run the whole suite via ctest
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
CLANG_TIDY ?= /usr/lib/llvm-22/bin/clang-tidy
PLUGIN = $(BUILD_DIR)/lib/onex-purity-tidy.so
ONEX_PURITY = $(BUILD_DIR)/bin/onex-purity
EXAMPLE = examples/onex_bridge/*.cpp

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
	@echo "== onex-purity -p $(BUILD_DIR) on examples/onex_bridge (whole program) =="
	@$(ONEX_PURITY) -p $(BUILD_DIR) --cache $(BUILD_DIR)/onex-cache $(EXAMPLE); \
	  test $$? -le 1
	@$(ONEX_PURITY) -p $(BUILD_DIR) --cache $(BUILD_DIR)/onex-cache --quiet \
	  --format=sarif -o onex.sarif $(EXAMPLE); test $$? -le 1
	@echo "== wrote onex.sarif (SARIF 2.1.0, for GitHub code scanning) =="
	@echo "== the same checks through clang-tidy-22 -load=$(PLUGIN) =="
	@$(CLANG_TIDY) -load=$(PLUGIN) -p $(BUILD_DIR) --quiet \
	  --checks='-*,onex-*' $(EXAMPLE) 2>&1 \
	  | grep -v '^[0-9]* warnings* generated' || true
