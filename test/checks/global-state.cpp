// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <array>
#include <iostream>
#include <string>
#include <vector>

#include "onex/purity.hpp"

int g_events_seen = 0;
std::vector<std::string> g_journal;
thread_local int t_depth = 0;
volatile int *const g_register = nullptr;

namespace config {
const int kMaxEvents = 100;
constexpr std::array<int, 3> kWeights{1, 2, 3};
static const std::string kName = "bridge";
} // namespace config

struct Registry {
  static int instances;
  static constexpr int kLimit = 8;
};
int Registry::instances = 0;

static int count_event() {
  return ++g_events_seen;
  // CHECK: :[[@LINE-1]]:12: warning: write to global variable 'g_events_seen' uses global mutable state; reachable from reducer 'NodeStateReducer::execute' [onex-purity-global-state]
}

class NodeStateReducer : public onex::NodeReducer {
public:
  int execute(int weight, std::vector<int> scratch) {
    count_event();
    // CHECK: :[[@LINE-1]]:5: note: 'execute' calls 'count_event' here
    g_journal.push_back("seen");
    // CHECK: :[[@LINE-1]]:5: warning: write to global variable 'g_journal' uses global mutable state; in reducer 'NodeStateReducer::execute' [onex-purity-global-state]
    int seen = g_events_seen;
    // CHECK: :[[@LINE-1]]:16: warning: read of global variable 'g_events_seen' uses global mutable state; in reducer 'NodeStateReducer::execute' [onex-purity-global-state]
    static int calls = 0;
    calls += 1;
    // CHECK: :[[@LINE-1]]:5: warning: write to function-local static 'calls' uses global mutable state; in reducer 'NodeStateReducer::execute' [onex-purity-global-state]
    t_depth++;
    // CHECK: :[[@LINE-1]]:5: warning: write to thread-local variable 't_depth' uses global mutable state; in reducer 'NodeStateReducer::execute' [onex-purity-global-state]
    Registry::instances = 1;
    // CHECK: :[[@LINE-1]]:15: warning: write to static data member 'Registry::instances' uses global mutable state; in reducer 'NodeStateReducer::execute' [onex-purity-global-state]
    int hw = *g_register;
    // CHECK: :[[@LINE-1]]:14: warning: read of a volatile object uses global mutable state (volatile access); in reducer 'NodeStateReducer::execute' [onex-purity-global-state]

    // Not global state: constants, locals, by-value parameters, std::cout
    // (the stream's own check reports what is done with it).
    weight += config::kMaxEvents + config::kWeights[0] + Registry::kLimit;
    scratch.push_back(weight);
    int local = static_cast<int>(config::kName.size());
    local *= 2;
    return seen + hw + local + static_cast<int>(scratch.size());
  }
};

// Code no reducer reaches may use globals freely.
void record_metrics() { ++g_events_seen; }

// A static's initialiser reading a mutable global runs once, before anyone
// reads the static: not reported (and, a regression, not a crash).
class NodeOnceReducer : public onex::NodeReducer {
public:
  int execute(int x) const {
    static const int first = g_events_seen;
    return x + first;
  }
};
