// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// RUN: %onex-tidy %s --config="{CheckOptions: {OpaqueSystemCalls: true}}" -- %onex-flags \
// RUN:   | FileCheck %s --check-prefixes=CHECK,STRICT --implicit-check-not="{{warning|note|error}}:"

#include <cstring>
#include <functional>
#include <string>

#include "onex/purity.hpp"
#include "platform_io.h"

// Declared here, defined in another translation unit: not visible.
int external_lookup(int key);
// A library function the user vouches for.
ONEX_PURE int trusted_hash(const char *s);

struct Shape {
  virtual ~Shape() = default;
  virtual int area() const = 0;
};

struct Square : Shape {
  int side = 2;
  int area() const override { return side * side; }
};

struct Plugin {
  virtual int run() const = 0;
};

class NodeOpaqueReducer : public onex::NodeReducer {
public:
  int execute(int (*callback)(int), const std::function<int(int)> &fn,
              const Shape &shape, const Plugin &plugin) {
    int total = callback(1);
    // CHECK: :[[@LINE-1]]:17: warning: call through a function pointer cannot be analysed (target not known statically); in reducer 'NodeOpaqueReducer::execute' [onex-purity-opaque-call]
    total += fn(2);
    // CHECK: :[[@LINE-1]]:14: warning: call to 'operator()' on 'fn' cannot be analysed (type-erased callable); in reducer 'NodeOpaqueReducer::execute' [onex-purity-opaque-call]
    // Defined in another file: only strict mode reports it per unit (the
    // gate, which links the files, reports it if no file defines it).
    total += external_lookup(3);
    // STRICT: :[[@LINE-1]]:14: warning: call to 'external_lookup' cannot be analysed (no visible body); in reducer 'NodeOpaqueReducer::execute' [onex-purity-opaque-call]
    // A virtual call with no overrider in this unit: likewise.
    total += plugin.run();
    // STRICT: :[[@LINE-1]]:21: warning: call to 'Plugin::run' cannot be analysed (no visible body); in reducer 'NodeOpaqueReducer::execute' [onex-purity-opaque-call]

    // Visible: a virtual call with an overrider in this translation unit,
    // a trusted declaration, builtins, and the C library.
    total += shape.area();
    total += trusted_hash("abc");
    total += __builtin_popcount(7u);
    total += static_cast<int>(std::strlen("abc"));
    total += std::stoi("4");
    // A bodiless platform function no rule knows is trusted by default and
    // opaque in strict mode (OpaqueSystemCalls).
    total += platform::query(5);
    // STRICT: :[[@LINE-1]]:14: warning: call to 'platform::query' cannot be analysed (no visible body); in reducer 'NodeOpaqueReducer::execute' [onex-purity-opaque-call]
    return total;
  }
};
