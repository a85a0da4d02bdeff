// RUN: %onex-tidy %s --checks='-*,onex-purity-input-mutation,onex-purity-member-state' -- %onex-flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// The whole-program gate gives the same findings.
// RUN: not %onex-purity %s --quiet --checks='-*,onex-purity-input-mutation,onex-purity-member-state' -- %onex-flags \
// RUN:   | FileCheck %s --check-prefix=GATE --implicit-check-not="warning:"
// GATE-COUNT-20: warning:

#include <map>
#include <string>
#include <vector>

#include "onex/purity.hpp"

struct Line {
  int qty = 0;
};
struct Node {
  int total = 0;
  Node *child = nullptr;
};
struct Order {
  int total = 0;
  std::vector<Line> lines;
  std::map<std::string, int> tags;
  Node *root = nullptr;
  void clear_lines() { lines.clear(); }
  // CHECK-DAG: :[[@LINE-1]]:24: warning: write to 'lines' modifies data its caller owns (parameter 'order'); reachable from reducer 'NodeOrderReducer::member' [onex-purity-input-mutation]
};

// Helpers that write their own parameters: not reducers, not reported by
// themselves; reported when a reducer's parameter reaches them.
void add_line(Order &o, const Line &l) { o.lines.push_back(l); }
// CHECK-DAG: :[[@LINE-1]]:42: warning: write to 'o.lines' modifies data its caller owns (parameter 'order'); reachable from reducer 'NodeOrderReducer::apply' [onex-purity-input-mutation]
void reset(Order *o) { o->total = 0; }
// CHECK-DAG: :[[@LINE-1]]:24: warning: write to 'o->total' modifies data its caller owns (parameter 'order'); reachable from reducer 'NodeOrderReducer::via_pointer' [onex-purity-input-mutation]
void bump(int &n) { ++n; }
// CHECK-DAG: :[[@LINE-1]]:23: warning: write to 'n' modifies data its caller owns (parameter 'order'); reachable from reducer 'NodeOrderReducer::nested' [onex-purity-input-mutation]

class NodeOrderReducer : public onex::NodeReducer {
public:
  // Direct writes through reference and pointer parameters.
  int direct(Order &order, Order *other) {
    order.total += 1;
    // CHECK-DAG: :[[@LINE-1]]:5: warning: write to 'order.total' modifies data its caller owns (parameter 'order'); in reducer 'NodeOrderReducer::direct' [onex-purity-input-mutation]
    other->lines.clear();
    // CHECK-DAG: :[[@LINE-1]]:5: warning: write to 'other->lines' modifies data its caller owns (parameter 'other'); in reducer 'NodeOrderReducer::direct' [onex-purity-input-mutation]
    order.root->child->total = 0;
    // CHECK-DAG: :[[@LINE-1]]:5: warning: write to 'order.root->child->total' modifies data its caller owns (parameter 'order'); in reducer 'NodeOrderReducer::direct' [onex-purity-input-mutation]
    return order.total;
  }

  // Through helpers: the chain says how the parameter got there.
  void apply(Order &order, const Line &l) { add_line(order, l); }
  // CHECK-DAG: :[[@LINE-1]]:45: note: 'apply' passes 'order' to 'add_line' here
  void via_pointer(Order &order) { reset(&order); }
  // CHECK-DAG: :[[@LINE-1]]:36: note: 'via_pointer' passes 'order' to 'reset' here
  void nested(Order &order) { bump(order.total); }
  // CHECK-DAG: :[[@LINE-1]]:31: note: 'nested' passes 'order' to 'bump' here

  // A member function of the parameter that writes its object.
  void member(Order &order) { order.clear_lines(); }
  // CHECK-DAG: :[[@LINE-1]]:37: note: 'member' passes 'order' to 'clear_lines' here

  // const_cast of a const parameter, then a write; a local alias.
  void cast(const Order &order) { const_cast<Order &>(order).total += 1; }
  // CHECK-DAG: :[[@LINE-1]]:35: warning: write to 'const_cast<Order &>(order).total' modifies data its caller owns (parameter 'order'); in reducer 'NodeOrderReducer::cast' [onex-purity-input-mutation]
  void alias(Order &order) {
    auto &lines = order.lines;
    lines.clear();
    // CHECK-DAG: :[[@LINE-1]]:5: warning: write to 'lines' modifies data its caller owns (parameter 'order'); in reducer 'NodeOrderReducer::alias' [onex-purity-input-mutation]
    Order *p = &order;
    p->total = 2;
    // CHECK-DAG: :[[@LINE-1]]:5: warning: write to 'p->total' modifies data its caller owns (parameter 'order'); in reducer 'NodeOrderReducer::alias' [onex-purity-input-mutation]
  }

  // An out-parameter is the caller's state too.
  void reduce(const Order &in, Order &out) { out = in; }
  // CHECK-DAG: :[[@LINE-1]]:46: warning: write to 'out' modifies data its caller owns (parameter 'out'); in reducer 'NodeOrderReducer::reduce' [onex-purity-input-mutation]

  // Pure: by-value parameters, copies, fresh locals passed to the same
  // helpers, re-pointing a pointer, reading through references.
  Order pure(Order byValue, const Order &in, Order *ptr, Order &ref) {
    byValue.total = 1;
    Order copy = in;
    copy.lines.clear();
    add_line(copy, Line{});
    Order fresh;
    reset(&fresh);
    int n = ref.total;
    bump(n);
    ptr = nullptr;
    int first = ref.lines.empty() ? 0 : ref.lines[0].qty;
    return Order{first + n + (ptr ? 1 : 0), {}, {}, nullptr};
  }
};

// Not an entry point: writes its parameter, nobody reports it.
void not_a_reducer(Order &o) { o.total = 3; }

// The reducer's own object, through aliases (onex-purity-member-state).
class NodeSelfReducer : public onex::NodeReducer {
  int n_ = 0;
  std::vector<int> seen_;

public:
  int execute(int x) const {
    const_cast<NodeSelfReducer *>(this)->n_ += 1;
    // CHECK-DAG: :[[@LINE-1]]:42: warning: write to 'const_cast<NodeSelfReducer *>(this)->n_' mutates reducer state; in reducer 'NodeSelfReducer::execute' [onex-purity-member-state]
    auto *self = const_cast<NodeSelfReducer *>(this);
    self->n_ = 0;
    // CHECK-DAG: :[[@LINE-1]]:11: warning: write to 'self->n_' mutates reducer state; in reducer 'NodeSelfReducer::execute' [onex-purity-member-state]
    return x + n_;
  }
  void remember(int x) {
    auto &s = seen_;
    s.push_back(x);
    // CHECK-DAG: :[[@LINE-1]]:5: warning: write to 's' mutates reducer state; in reducer 'NodeSelfReducer::remember' [onex-purity-member-state]
  }
  // Building the object is not hidden state.
  NodeSelfReducer() { n_ = 1; }
};

// Releasing what a parameter points to ends the caller's object; releasing
// a fresh allocation is pure.
#include <cstdlib>
class NodeReleaseReducer : public onex::NodeReducer {
public:
  void drop(Order *order, int *buffer) {
    delete order;
    // CHECK-DAG: :[[@LINE-1]]:5: warning: delete of 'order' modifies data its caller owns (parameter 'order'); in reducer 'NodeReleaseReducer::drop' [onex-purity-input-mutation]
    std::free(buffer);
    // CHECK-DAG: :[[@LINE-1]]:5: warning: free of 'buffer' modifies data its caller owns (parameter 'buffer'); in reducer 'NodeReleaseReducer::drop' [onex-purity-input-mutation]
  }
  int fresh() {
    Order *o = new Order;
    delete o;
    int *p = static_cast<int *>(std::malloc(sizeof(int)));
    std::free(p);
    return 0;
  }
};

// Standard algorithms that write their arguments (writes-arguments rules):
// a range a parameter's container yields, or a reference. Reading
// algorithms, and the same algorithms on copies, are pure.
#include <algorithm>
#include <numeric>
#include <utility>
class NodeAlgorithmReducer : public onex::NodeReducer {
public:
  void sorted(Order &o) { std::sort(o.lines.begin(), o.lines.end(), by_qty); }
  // CHECK-DAG: :[[@LINE-1]]:27: warning: call to 'std::sort' on 'o.lines' modifies data its caller owns (parameter 'o'); in reducer 'NodeAlgorithmReducer::sorted' [onex-purity-input-mutation]
  void swapped(Order &a, Order &b) { std::swap(a.total, b.total); }
  // CHECK-DAG: :[[@LINE-1]]:38: warning: call to 'std::swap' on 'a.total' modifies data its caller owns (parameter 'a'); in reducer 'NodeAlgorithmReducer::swapped' [onex-purity-input-mutation]
  // CHECK-DAG: :[[@LINE-2]]:38: warning: call to 'std::swap' on 'b.total' modifies data its caller owns (parameter 'b'); in reducer 'NodeAlgorithmReducer::swapped' [onex-purity-input-mutation]
  void cleared(Order *o) { std::fill(o->lines.begin(), o->lines.end(), Line{}); }
  // CHECK-DAG: :[[@LINE-1]]:28: warning: call to 'std::fill' on 'o->lines' modifies data its caller owns (parameter 'o'); in reducer 'NodeAlgorithmReducer::cleared' [onex-purity-input-mutation]
  int pure(const Order &o) {
    std::vector<Line> copy = o.lines;
    std::sort(copy.begin(), copy.end(), by_qty);
    int x = 1, y = 2;
    std::swap(x, y);
    return x + static_cast<int>(std::count_if(o.lines.begin(), o.lines.end(),
                                              [](const Line &l) { return l.qty; }));
  }
  static bool by_qty(const Line &a, const Line &b) { return a.qty < b.qty; }
};
