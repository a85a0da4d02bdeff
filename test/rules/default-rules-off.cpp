// UseDefaultRules: false leaves only user packs (none here): the stdio call
// is then an unknown platform function, and AST-based checks still run.
// RUN: %onex-tidy %s --config="{CheckOptions: {UseDefaultRules: false}}" -- %onex-flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <cstdio>

#include "onex/purity.hpp"

int g_total = 0;

class NodeSumReducer : public onex::NodeReducer {
public:
  void execute(int v) {
    std::printf("%d\n", v);
    g_total += v;
    // CHECK: :[[@LINE-1]]:5: warning: write to global variable 'g_total' uses global mutable state; in reducer 'NodeSumReducer::execute' [onex-purity-global-state]
  }
};
