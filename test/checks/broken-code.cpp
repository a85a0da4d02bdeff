// Code that does not compile: clang-tidy reports the compiler's errors and
// exits non-zero; onex still reports what it can see, never a crash, and
// never blames error recovery on the reducer (no spurious opaque calls).
// RUN: not %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="warning:"

#include <cstdio>
#include <vector>

#include "onex/purity.hpp"

struct Undefined;

class NodeBrokenReducer : public onex::NodeReducer {
public:
  int execute(std::vector<int> v) {
    std::puts("io");
    // CHECK: :[[@LINE-1]]:5: warning: call to 'puts' performs I/O (stdio); in reducer 'NodeBrokenReducer::execute' [onex-purity-io]
    undefined_function(v);
    // CHECK: :[[@LINE-1]]:5: error: use of undeclared identifier 'undefined_function'
    Undefined u;
    for (auto &x : v)
      x.foo();
    return v.size() +;
  }
  template <class T> void tpl(T t) { t.bar(); }
  void use() { tpl(1); }
};
