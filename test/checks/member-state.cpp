// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "onex/purity.hpp"

struct Totals {
  int count = 0;
  std::vector<int> values;
};

class NodeCounterReducer : public onex::NodeReducer {
public:
  NodeCounterReducer() : total_(0) { cache_.clear(); }

  NodeCounterReducer &operator=(const NodeCounterReducer &other) {
    total_ = other.total_;
    return *this;
  }

  int execute(int delta, const std::string &key) {
    total_ += delta;
    // CHECK: :[[@LINE-1]]:5: warning: write to member 'total_' of 'NodeCounterReducer' mutates reducer state; in reducer 'NodeCounterReducer::execute' [onex-purity-member-state]
    ++calls_;
    // CHECK: :[[@LINE-1]]:7: warning: write to member 'calls_' of 'NodeCounterReducer' mutates reducer state; in reducer 'NodeCounterReducer::execute' [onex-purity-member-state]
    history_.push_back(delta);
    // CHECK: :[[@LINE-1]]:5: warning: write to member 'history_' of 'NodeCounterReducer' mutates reducer state; in reducer 'NodeCounterReducer::execute' [onex-purity-member-state]
    cache_[key] = delta;
    // CHECK: :[[@LINE-1]]:5: warning: write to member 'cache_' of 'NodeCounterReducer' mutates reducer state; in reducer 'NodeCounterReducer::execute' [onex-purity-member-state]
    this->last_.count = delta;
    // CHECK: :[[@LINE-1]]:11: warning: write to member 'last_' of 'NodeCounterReducer' mutates reducer state; in reducer 'NodeCounterReducer::execute' [onex-purity-member-state]
    auto remember = [this](int v) { total_ = v; };
    // CHECK: :[[@LINE-1]]:37: warning: write to member 'total_' of 'NodeCounterReducer' mutates reducer state; reachable from reducer 'NodeCounterReducer::execute' [onex-purity-member-state]
    // CHECK: :[[@LINE+1]]:5: note: 'execute' calls 'lambda at member-state.cpp:[[@LINE-2]]:21' here
    remember(delta);

    // Reading members in a non-const member function is fine, and so is
    // mutating locals and by-value parameters.
    int sum = 0;
    for (int v : history_)
      sum += v;
    Totals local;
    local.values.push_back(sum);
    delta *= 2;
    return sum + delta + static_cast<int>(history_.size());
  }

  Totals fold(Totals acc, int v) const {
    acc.count += v;
    acc.values.push_back(v);
    return acc;
  }

private:
  int total_;
  int calls_ = 0;
  std::vector<int> history_;
  std::map<std::string, int> cache_;
  Totals last_;
};

// Other classes own their state: a builder used by a reducer, and any class
// that is not a reducer, may write their members.
class SnapshotBuilder {
public:
  void add(int v) { items_.push_back(v); }
  std::vector<int> build() const { return items_; }

private:
  std::vector<int> items_;
};

class NodeSnapshotReducer : public onex::NodeReducer {
public:
  std::vector<int> execute(const std::vector<int> &events) const {
    SnapshotBuilder builder;
    for (int e : events)
      builder.add(e);
    return builder.build();
  }
};

// A mutating call through a smart-pointer member writes the pointee; the
// message names it as such (not the operator-> call's text, "m_pRef->").
struct NodeImpl {
  std::vector<int> values;
};
class NodePimplReducer : public onex::NodeReducer {
public:
  void add(int x) { impl_->values.push_back(x); }
  // CHECK: :[[@LINE-1]]:28: warning: write to 'impl_->values' mutates reducer state; in reducer 'NodePimplReducer::add' [onex-purity-member-state]
  void grow(int x) { items_->push_back(x); }
  // CHECK: :[[@LINE-1]]:22: warning: write to '*items_' mutates reducer state; in reducer 'NodePimplReducer::grow' [onex-purity-member-state]

private:
  std::unique_ptr<NodeImpl> impl_;
  std::shared_ptr<std::vector<int>> items_;
};
