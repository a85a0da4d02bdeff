// The entry points of a reducer class are its interface: public and
// protected member functions the user wrote, static or not, operators
// included. A private member runs only as its callers make it run, so it is
// analysed in their context (fresh locals and copies are not caller data),
// chains start at the public entry point, and a private helper no entry
// point reaches is not analysed at all. ONEX_PURE or ReducerFunctions make
// an entry point of anything, private ones included.
//
// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// RUN: %onex-tidy %s -config="{CheckOptions: {ReducerFunctions: '^NodeShapeReducer::unused$'}}" -- %onex-flags \
// RUN:   | FileCheck %s --check-prefixes=CHECK,NAMED --implicit-check-not="{{warning|note|error}}:"
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/entry.cpp
// RUN: cd %t && not %onex-purity entry.cpp --quiet --line-numbers=false -- %onex-flags \
// RUN:   | sed 's/entry.cpp/entry-points.cpp/' | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// `why` lists the entry points by the same rule: the private apply and
// unused are not among them, nor is any compiler-generated member; the
// constructors the user wrote are.
// RUN: cd %t && not %onex-purity why NodeShapeReducer entry.cpp -- %onex-flags | grep "^reducer" | FileCheck %s --check-prefix=WHY --match-full-lines
// WHY:      reducer 'NodeShapeReducer::checked' (entry.cpp:{{[0-9]+}}): 1 finding
// WHY-NEXT: reducer 'NodeShapeReducer::count_of' (entry.cpp:{{[0-9]+}}): 1 finding
// WHY-NEXT: reducer 'NodeShapeReducer::note' (entry.cpp:{{[0-9]+}}): 1 finding
// WHY-NEXT: reducer 'NodeShapeReducer::operator()' (entry.cpp:{{[0-9]+}}): 1 finding
// WHY-NEXT: reducer 'NodeShapeReducer::reduce' (entry.cpp:{{[0-9]+}}): pure
// WHY-NEXT: reducer 'NodeShapeReducer::reduce_in_place' (entry.cpp:{{[0-9]+}}): 2 findings
// WHY-EMPTY:
// RUN: cd %t && not %onex-purity why NodeBuiltReducer entry.cpp -- %onex-flags | grep "^reducer" | FileCheck %s --check-prefix=WHY-BUILT --match-full-lines
// WHY-BUILT:      reducer 'NodeBuiltReducer::NodeBuiltReducer' (entry.cpp:{{[0-9]+}}): pure
// WHY-BUILT-NEXT: reducer 'NodeBuiltReducer::NodeBuiltReducer' (entry.cpp:{{[0-9]+}}): pure
// WHY-BUILT-NEXT: reducer 'NodeBuiltReducer::execute' (entry.cpp:{{[0-9]+}}): pure
// WHY-BUILT-NEXT: reducer 'NodeBuiltReducer::reset' (entry.cpp:{{[0-9]+}}): 2 findings
// WHY-BUILT-EMPTY:

#include <cstdio>
#include <vector>

#include "onex/purity.hpp"

struct State {
  int count = 0;
  std::vector<int> log;
};
struct Intents {
  std::vector<int> out;
};

class NodeShapeReducer : public onex::NodeReducer {
public:
  // The seed's shape: a fresh copy and a fresh local handed to a private
  // helper that writes both. Nothing the caller owns is written.
  State reduce(State s) const {
    Intents local;
    apply(s, local);
    return s;
  }

  // The same helper given the caller's own data: reported at the write,
  // with the chain from this entry point.
  void reduce_in_place(State &caller, Intents &out) const {
    apply(caller, out);
  }

  // Static members and operators are entry points too.
  static int count_of(State &s) { return ++s.count; }
  // CHECK: :[[@LINE-1]]:44: warning: write to 's.count' modifies data its caller owns (parameter 's'); in reducer 'NodeShapeReducer::count_of' [onex-purity-input-mutation]
  int operator()(int x) const { return x + std::puts("op"); }
  // CHECK: :[[@LINE-1]]:44: warning: call to 'puts' performs I/O (stdio); in reducer 'NodeShapeReducer::operator()' [onex-purity-io]

protected:
  void note() const { std::puts("protected"); }
  // CHECK: :[[@LINE-1]]:23: warning: call to 'puts' performs I/O (stdio); in reducer 'NodeShapeReducer::note' [onex-purity-io]

private:
  static void apply(State &s, Intents &out) {
    s.count += 1;
    // CHECK: :[[@LINE-1]]:5: warning: write to 's.count' modifies data its caller owns (parameter 'caller'); reachable from reducer 'NodeShapeReducer::reduce_in_place' [onex-purity-input-mutation]
    // CHECK: :[[@LINE-17]]:5: note: 'reduce_in_place' passes 'caller' to 'apply' here
    out.out.push_back(s.count);
    // CHECK: :[[@LINE-1]]:5: warning: write to 'out.out' modifies data its caller owns (parameter 'out'); reachable from reducer 'NodeShapeReducer::reduce_in_place' [onex-purity-input-mutation]
    // CHECK: :[[@LINE-20]]:5: note: 'reduce_in_place' passes 'out' to 'apply' here
  }

  // Reached by no entry point: not analysed (unless ReducerFunctions names
  // it: the NAMED run).
  void unused() const { std::puts("never called"); }
  // NAMED: :[[@LINE-1]]:25: warning: call to 'puts' performs I/O (stdio); in reducer 'NodeShapeReducer::unused' [onex-purity-io]

  // ONEX_PURE makes an entry point of a private member.
  ONEX_PURE int checked(State &s) const { return s.count = 0; }
  // CHECK: :[[@LINE-1]]:50: warning: write to 's.count' modifies data its caller owns (parameter 's'); in pure function 'NodeShapeReducer::checked' [onex-purity-input-mutation]
};

// Members written only while the object is built are not hidden state:
// the constructor, and a private helper that only the constructor calls.
class NodeBuiltReducer : public onex::NodeReducer {
public:
  NodeBuiltReducer() { init(); }
  explicit NodeBuiltReducer(int seed) : base_(seed) { init(); }
  int execute(int x) const { return x + base_ + table_.size(); }

  // A public member that writes state is reported, through the private
  // helper it calls, with the chain from the public one.
  void reset() { init(); }

private:
  void init() {
    table_.assign(4, 0);
    // CHECK: :[[@LINE-1]]:5: warning: write to member 'table_' of 'NodeBuiltReducer' mutates reducer state; reachable from reducer 'NodeBuiltReducer::reset' [onex-purity-member-state]
    // CHECK: :[[@LINE-6]]:18: note: 'reset' calls 'init' here
    base_ += 1;
    // CHECK: :[[@LINE-1]]:5: warning: write to member 'base_' of 'NodeBuiltReducer' mutates reducer state; reachable from reducer 'NodeBuiltReducer::reset' [onex-purity-member-state]
    // CHECK: :[[@LINE-9]]:18: note: 'reset' calls 'init' here
  }
  int base_ = 0;
  std::vector<int> table_;
};

// A struct's members are public: all of them are entry points, each its
// own (the finding is helper's, not reached through execute).
struct NodePlainReducer : onex::NodeReducer {
  int execute(int x) const { return helper(x); }
  int helper(int x) const { return x + std::puts("helper"); }
  // CHECK: :[[@LINE-1]]:40: warning: call to 'puts' performs I/O (stdio); in reducer 'NodePlainReducer::helper' [onex-purity-io]
};
