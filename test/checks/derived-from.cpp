// One derived-from relation: a value derived from a parameter is the
// parameter itself, its members and elements, a reference or pointer bound
// to one, a range-for variable over a derived range, a structured binding
// of a derived value, and what a library member returns into its object:
// a reference or pointer (front, back, at, data, value), or an iterator
// once dereferenced (begin, find). A write through any of them writes the
// caller's data; the same forms over a copy or a fresh local do not.
//
// RUN: %onex-tidy %s --checks='-*,onex-purity-input-mutation' -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/derived-from.cpp
// RUN: cd %t && not %onex-purity derived-from.cpp --checks='-*,onex-purity-input-mutation' --quiet --line-numbers=false -- %onex-flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "onex/purity.hpp"

struct Item {
  int i = 0;
};
struct Pair {
  int first = 0;
  int second = 0;
};

static void zero(Item &item) { item.i = 0; }
// CHECK: :[[@LINE-1]]:32: warning: write to 'item.i' modifies data its caller owns (parameter 'v'); reachable from reducer 'NodeDerivedReducer::returned' [onex-purity-input-mutation]
// CHECK: :[[@LINE+38]]:5: note: 'returned' passes 'v' to 'zero' here

struct NodeDerivedReducer : onex::NodeReducer {
  // Infer's `for (auto &n : v) n.i = 0`.
  void range_ref(std::vector<Item> &v) const {
    for (auto &n : v)
      n.i = 0;
    // CHECK: :[[@LINE-1]]:7: warning: write to 'n.i' modifies data its caller owns (parameter 'v'); in reducer 'NodeDerivedReducer::range_ref' [onex-purity-input-mutation]
  }
  // Pointers held by the caller's container point to the caller's data.
  void range_pointers(const std::vector<Item *> &v) const {
    for (Item *p : v)
      p->i = 1;
    // CHECK: :[[@LINE-1]]:7: warning: write to 'p->i' modifies data its caller owns (parameter 'v'); in reducer 'NodeDerivedReducer::range_pointers' [onex-purity-input-mutation]
  }
  void binding_ref(Pair &p, std::pair<int, int> &q) const {
    auto &[a, b] = p;
    a = 1;
    // CHECK: :[[@LINE-1]]:5: warning: write to 'a' modifies data its caller owns (parameter 'p'); in reducer 'NodeDerivedReducer::binding_ref' [onex-purity-input-mutation]
    auto &[c, d] = q;
    d = 2;
    // CHECK: :[[@LINE-1]]:5: warning: write to 'd' modifies data its caller owns (parameter 'q'); in reducer 'NodeDerivedReducer::binding_ref' [onex-purity-input-mutation]
    (void)b;
    (void)c;
  }
  void returned(std::vector<Item> &v, std::map<std::string, int> &m) const {
    v.front().i = 1;
    // CHECK: :[[@LINE-1]]:5: warning: write to 'v.front().i' modifies data its caller owns (parameter 'v'); in reducer 'NodeDerivedReducer::returned' [onex-purity-input-mutation]
    v.at(1).i = 2;
    // CHECK: :[[@LINE-1]]:5: warning: write to 'v.at(1).i' modifies data its caller owns (parameter 'v'); in reducer 'NodeDerivedReducer::returned' [onex-purity-input-mutation]
    v.data()->i = 3;
    // CHECK: :[[@LINE-1]]:5: warning: write to 'v.data()->i' modifies data its caller owns (parameter 'v'); in reducer 'NodeDerivedReducer::returned' [onex-purity-input-mutation]
    (*v.begin()).i = 4;
    // CHECK: :[[@LINE-1]]:5: warning: write to '(*v.begin()).i' modifies data its caller owns (parameter 'v'); in reducer 'NodeDerivedReducer::returned' [onex-purity-input-mutation]
    auto it = m.find("k");
    it->second = 5;
    // CHECK: :[[@LINE-1]]:5: warning: write to 'it->second' modifies data its caller owns (parameter 'm'); in reducer 'NodeDerivedReducer::returned' [onex-purity-input-mutation]
    Item &last = v.back();
    zero(last);
  }

  // Silent: the same forms over copies and fresh locals, and reads.
  int silent(std::vector<Item> v, const std::vector<Item> &r, Pair p,
             const std::map<std::string, int> &m) const {
    for (auto &n : v)
      n.i = 0;
    for (auto n : r)
      n.i = 1;
    auto [a, b] = p;
    a = b;
    std::vector<Item> local(3);
    local.front().i = 2;
    for (auto &n : local)
      zero(n);
    auto it = m.find("k");
    int sum = it == m.end() ? 0 : it->second;
    for (const auto &n : r)
      sum += n.i + r.front().i;
    return sum + a;
  }
};
