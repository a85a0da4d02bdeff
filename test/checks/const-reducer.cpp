// A reducer member function that writes no member and is not const gets
// "declare it const", with the insertion as a fix-it on every declaration
// (clang-tidy --fix applies it; the fixed file compiles and is silent).
//
// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/fixed.cpp
// RUN: %onex-tidy --checks=-*,onex-purity-member-state --fix %t/fixed.cpp -- %onex-flags > /dev/null 2>&1
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t/fixed.cpp
// RUN: %clangxx -fsyntax-only %onex-flags %t/fixed.cpp
// RUN: %onex-tidy --checks=-*,onex-purity-member-state %t/fixed.cpp -- %onex-flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=AFTER --implicit-check-not="warning:"
//
// The gate reports the same, also through a summary file (message kept).
// RUN: %onex-purity extract -o %t/unit.onexsum -- %clangxx %onex-flags -c %s
// RUN: not %onex-purity link --quiet --line-numbers=false %t/unit.onexsum \
// RUN:   | FileCheck %s --check-prefix=GATE
// GATE: const-reducer.cpp:[[@LINE+14]]:7: warning: reducer 'NodeSumReducer::execute' writes no member but is not const; declare it const so the compiler rejects hidden state [onex-purity-member-state]
// GATE-NEXT: int execute(int delta) { return base_ + delta + limit(); }
//
// After the fix, calls_helper calls a const helper: its turn comes next run.
// AFTER: fixed.cpp:{{[0-9]+}}:7: warning: reducer 'NodeOtherReducer::calls_helper' writes no member but is not const
// AFTER: fixed.cpp:{{[0-9]+}}:5: warning: write to member 'total_' of 'NodeWritingReducer'
// AFTER: fixed.cpp:{{[0-9]+}}:11: warning: write to 'rep_->last' mutates reducer state

#include <vector>

#include "onex/purity.hpp"

class NodeSumReducer : public onex::NodeReducer {
public:
  int execute(int delta) { return base_ + delta + limit(); }
  // CHECK: :[[@LINE-1]]:7: warning: reducer 'NodeSumReducer::execute' writes no member but is not const; declare it const so the compiler rejects hidden state [onex-purity-member-state]
  // FIXED: int execute(int delta) const { return base_ + delta + limit(); }

  int limit() const { return 10; }
  static int scale() { return 2; }

private:
  int base_ = 1;
};

// Out of line: the declaration and the definition both get const.
class NodeAverageReducer : public onex::NodeReducer {
public:
  double execute(const std::vector<int> &values);
  // FIXED: double execute(const std::vector<int> &values) const;

private:
  std::vector<int> weights_;
};

double NodeAverageReducer::execute(const std::vector<int> &values) {
  // CHECK: :[[@LINE-1]]:28: warning: reducer 'NodeAverageReducer::execute' writes no member but is not const; declare it const so the compiler rejects hidden state [onex-purity-member-state]
  // FIXED: double NodeAverageReducer::execute(const std::vector<int> &values) const {
  double sum = 0;
  for (int v : values)
    sum += v * weights_.size();
  return values.empty() ? 0 : sum / values.size();
}

// Left alone: adding const would not compile, or would change meaning.
class NodeOtherReducer : public onex::NodeReducer {
public:
  int calls_helper(int x) { return helper(x); } // helper is not const
  int hands_on_this(int x) { return free_function(this, x); }
  int through_lambda(int x) {
    return [this](int y) { return base_ + y; }(x); // `this` captured
  }
  virtual int overridable(int x) { return base_ + x; }
  int overloaded(int x) { return base_ + x; }
  int overloaded(double x) { return base_ + int(x); }
  int reads_pointee(int x) { return *ptr_ + x; }
  int helper(int x) { return base_ + x; }
  static int free_function(NodeOtherReducer *, int x) { return x; }

private:
  int base_ = 1;
  int *ptr_ = nullptr;
};
// CHECK: :[[@LINE-8]]:7: warning: reducer 'NodeOtherReducer::reads_pointee' writes no member but is not const; declare it const so the compiler rejects hidden state [onex-purity-member-state]
// CHECK: :[[@LINE-8]]:7: warning: reducer 'NodeOtherReducer::helper' writes no member but is not const; declare it const so the compiler rejects hidden state [onex-purity-member-state]

// Nothing for const to protect: no data members.
class NodeStatelessReducer : public onex::NodeReducer {
public:
  int execute(int x) { return x * 2; }
};

// Writing a member is onex-purity-member-state's own finding, not this one.
class NodeWritingReducer : public onex::NodeReducer {
public:
  int execute(int x) {
    total_ += x;
    return total_;
  }
  // CHECK: :[[@LINE-3]]:5: warning: write to member 'total_' of 'NodeWritingReducer' mutates reducer state; in reducer 'NodeWritingReducer::execute' [onex-purity-member-state]

private:
  int total_ = 0;
};

// Not a reducer: not this check's business.
class Accumulator {
public:
  int peek() { return value_; }

private:
  int value_ = 0;
};

// Reading a member through const calls and const references is const;
// writing through a pointer member (a pimpl) or handing a member to a
// non-const reference is not, even where it would compile.
class NodeSizeReducer : public onex::NodeReducer {
public:
  unsigned long execute() { return v_.size() + count(v_) + v_[0]; }
  // CHECK: :[[@LINE-1]]:17: warning: reducer 'NodeSizeReducer::execute' writes no member but is not const; declare it const so the compiler rejects hidden state [onex-purity-member-state]
  // FIXED: unsigned long execute() const { return v_.size() + count(v_) + v_[0]; }
  static unsigned long count(const std::vector<int> &v) { return v.size(); }

private:
  std::vector<int> v_;
};

class NodePimplReducer : public onex::NodeReducer {
public:
  int execute(int x) {
    rep_->last = x;
    // CHECK: :[[@LINE-1]]:11: warning: write to 'rep_->last' mutates reducer state; in reducer 'NodePimplReducer::execute' [onex-purity-member-state]
    return x;
  }
  int keep(int x) {
    std::vector<int> &alias = rep_->seen;
    return x + int(alias.size());
  }

private:
  struct Rep {
    int last = 0;
    std::vector<int> seen;
  };
  Rep *rep_ = nullptr;
};

// A pimpl behind a smart pointer is the object's state too.
namespace std_like {
template <class T> struct unique_ptr {
  T *operator->() const;
  T &operator*() const;
};
} // namespace std_like
class NodeEmitterReducer : public onex::NodeReducer {
public:
  bool set_indent(int n) { return state_->set_indent(n); }
  int indent() { return state_->indent_value(); }
  // CHECK: :[[@LINE-1]]:7: warning: reducer 'NodeEmitterReducer::indent' writes no member but is not const; declare it const so the compiler rejects hidden state [onex-purity-member-state]
  // FIXED: int indent() const { return state_->indent_value(); }

private:
  struct State {
    bool set_indent(int n);
    int indent_value() const;
  };
  std_like::unique_ptr<State> state_;
};
