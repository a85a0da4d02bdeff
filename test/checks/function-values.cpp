// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// The whole-program gate gives the same findings.
// RUN: not %onex-purity %s --quiet -- %onex-flags | FileCheck %s --check-prefix=GATE --implicit-check-not="warning:"
// GATE-COUNT-10: warning:

// A function value is a call only where it is called: passed to a function
// that calls it (the platform's std::generate included), it is followed;
// only stored or returned, it is a deferred effect and stays silent.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "onex/purity.hpp"

static void log_value(int v) { std::printf("%d\n", v); }
// CHECK-DAG: :[[@LINE-1]]:32: warning: call to 'printf' performs I/O (stdio); reachable from reducer 'NodeValuesReducer::deep' [onex-purity-io]
static bool by_value(int a, int b) { return a < b; }

// Helpers that call the function they are given, directly and one hop on.
static void visit(const std::vector<int> &v, void (*f)(int)) {
  for (int x : v)
    f(x);
}
static void visit_twice(const std::vector<int> &v, void (*f)(int)) { visit(v, f); }

struct Handlers {
  void (*on_value)(int) = nullptr;
};

class NodeValuesReducer : public onex::NodeReducer {
public:
  // std::generate calls its generator: rand is reached.
  std::vector<int> refill(std::vector<int> v) {
    std::generate(v.begin(), v.end(), std::rand);
    // CHECK-DAG: :[[@LINE-1]]:5: warning: call to 'rand' is nondeterministic (randomness); in reducer 'NodeValuesReducer::refill' [onex-purity-nondeterminism]
    // CHECK-DAG: :[[@LINE-2]]:5: note: 'refill' passes 'rand' to 'generate' here, which calls it
    return v;
  }

  // A user helper calls the function it is passed, directly or through
  // another helper.
  // (Each site is reported once, with the chain of the first entry by name.)
  void each(const std::vector<int> &v) { visit(v, log_value); }
  void deep(const std::vector<int> &v) { visit_twice(v, &log_value); }
  // CHECK-DAG: :[[@LINE-1]]:42: note: 'deep' passes 'log_value' to 'visit_twice' here, which calls it

  // A function value the analysis cannot bound, handed to std::for_each.
  void unknown(const std::vector<int> &v, bool loud) {
    void (*f)(int) = loud ? log_value : nullptr;
    std::for_each(v.begin(), v.end(), f);
    // CHECK-DAG: :[[@LINE-1]]:5: warning: call to 'std::for_each' with a function value it calls cannot be analysed (target not known statically); in reducer 'NodeValuesReducer::unknown' [onex-purity-opaque-call]
  }

  // Deferred: stored, returned, or a pure comparator.
  Handlers handlers() const { return Handlers{log_value}; }
  auto later() const { return &log_value; }
  std::vector<int> sorted(std::vector<int> v) const {
    std::sort(v.begin(), v.end(), by_value);
    return v;
  }
};

// A std::function whose value the reducer can see is a call of that value:
// a local initialised from a lambda or a function and then only called (or
// const). Reassigned, it is opaque; returned, it is deferred.
#include <functional>
class NodeHeldReducer : public onex::NodeReducer {
public:
  int lambda_held() {
    std::function<int()> f = [] { return std::rand(); };
    // CHECK-DAG: :[[@LINE-1]]:42: warning: call to 'rand' is nondeterministic (randomness); reachable from reducer 'NodeHeldReducer::lambda_held' [onex-purity-nondeterminism]
    return f();
    // CHECK-DAG: :[[@LINE-1]]:12: note: 'lambda_held' calls 'lambda at function-values.cpp:[[@LINE-3]]:30' here
  }
  int function_held() {
    const std::function<int()> g = std::rand;
    return g();
    // CHECK-DAG: :[[@LINE-1]]:12: warning: call to 'rand' is nondeterministic (randomness); in reducer 'NodeHeldReducer::function_held' [onex-purity-nondeterminism]
  }
  int reassigned(std::function<int()> other) {
    std::function<int()> h = [] { return 1; };
    h = other;
    return h();
    // CHECK-DAG: :[[@LINE-1]]:12: warning: call to 'operator()' on 'h' cannot be analysed (type-erased callable); in reducer 'NodeHeldReducer::reassigned' [onex-purity-opaque-call]
  }
  std::function<int()> deferred() {
    std::function<int()> d = [] { return std::rand(); };
    return d;
  }
};

// std::invoke calls what it is given; a pointer to member the reducer
// initialises and only calls is a call of that member.
struct Dice {
  int roll() { return std::rand(); }
  // CHECK-DAG: :[[@LINE-1]]:23: warning: call to 'rand' is nondeterministic (randomness); reachable from reducer 'NodeIndirectReducer::member' [onex-purity-nondeterminism]
  int fixed() { return 4; }
};
class NodeIndirectReducer : public onex::NodeReducer {
public:
  int invoked() { return std::invoke(std::rand); }
  // CHECK-DAG: :[[@LINE-1]]:26: warning: call to 'rand' is nondeterministic (randomness); in reducer 'NodeIndirectReducer::invoked' [onex-purity-nondeterminism]
  // CHECK-DAG: :[[@LINE-2]]:26: note: 'invoked' passes 'rand' to 'invoke' here, which calls it
  int member(Dice &d) {
    int (Dice::*pm)() = &Dice::roll;
    return (d.*pm)();
    // CHECK-DAG: :[[@LINE-1]]:12: note: 'member' calls 'roll' here
  }
  int chosen(Dice &d, bool loud) {
    int (Dice::*pm)() = &Dice::fixed;
    if (loud)
      pm = &Dice::roll;
    return (d.*pm)();
    // CHECK-DAG: :[[@LINE-1]]:12: warning: call through a pointer to member function cannot be analysed (target not known statically); in reducer 'NodeIndirectReducer::chosen' [onex-purity-opaque-call]
  }
};

// A const table of functions: every entry may be called.
static int quiet_entry() { return 0; }
static int loud_entry() { std::puts("loud"); return 1; }
// CHECK-DAG: :[[@LINE-1]]:27: warning: call to 'puts' performs I/O (stdio); reachable from reducer 'NodeTableReducer::pick' [onex-purity-io]
static int (*const Entries[])() = {&quiet_entry, loud_entry};
class NodeTableReducer : public onex::NodeReducer {
public:
  int pick(int i) { return Entries[i](); }
  // CHECK-DAG: :[[@LINE-1]]:28: note: 'pick' calls 'loud_entry' here
};
