# Thin wrapper: CMake is the build system. Two user-facing targets:
#   make demo  - install missing deps, build (Release), run onex-purity on
#                examples/onex_bridge (text on the terminal, SARIF in
#                onex.sarif), then clang-tidy one file at a time, then the
#                finding only the whole program sees, side by side
#   make test  - install missing deps, build, run the whole suite via ctest
#   make map-screenshot - the architecture map rendered in headless Chromium
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
CLANG_TIDY ?= /usr/lib/llvm-22/bin/clang-tidy
PLUGIN = $(BUILD_DIR)/lib/onex-purity-tidy.so
ONEX_PURITY = $(BUILD_DIR)/bin/onex-purity
EXAMPLE = examples/onex_bridge/*.cpp

.PHONY: demo test deps build map-screenshot

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

# The architecture map in headless Chromium (needs scripts/install-deps.sh
# --browser; not part of make test).
map-screenshot: build
	@BUILD=$(BUILD_DIR) test/browser/map-screenshot.sh

demo: build
	@echo "== 1. onex-purity -p $(BUILD_DIR): examples/onex_bridge as one program =="
	@$(ONEX_PURITY) -p $(BUILD_DIR) --cache $(BUILD_DIR)/onex-cache \
	  --sarif-output onex.sarif $(EXAMPLE); test $$? -le 1
	@echo
	@echo "== 2. clang-tidy-22 -load=$(PLUGIN): one file at a time =="
	@$(CLANG_TIDY) -load=$(PLUGIN) -p $(BUILD_DIR) --quiet \
	  --checks='-*,onex-*' $(EXAMPLE) 2>&1 | grep ': warning:' || true
	@echo
	@echo "== 3. what only the whole program sees: I/O two files away =="
	@echo "-- onex-purity follows exchange_rate() into rates.cpp:"
	@$(ONEX_PURITY) -p $(BUILD_DIR) --cache $(BUILD_DIR)/onex-cache --quiet \
	  --checks='-*,onex-purity-io' $(EXAMPLE) | grep -A3 'rates.cpp:10:' || true
	@echo "-- clang-tidy, one file, can only say (strict mode):"
	@$(CLANG_TIDY) -load=$(PLUGIN) -p $(BUILD_DIR) --quiet \
	  --checks='-*,onex-purity-opaque-call' \
	  --config="{CheckOptions: {OpaqueSystemCalls: true}}" \
	  examples/onex_bridge/legacy_bridge_reducer.cpp 2>&1 \
	  | grep "exchange_rate' cannot" || true
	@echo
	@echo "== SARIF log: $(CURDIR)/onex.sarif =="
	@echo "   open it in VS Code with the SARIF Viewer extension (ms-sarif.sarif-viewer),"
	@echo "   or upload it to GitHub code scanning (docs/ci/github-actions.yml)"