// How calls are followed: templates, constructors and destructors, operators,
// virtual calls, recursion, and one report per site with the shortest chain.
// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <cstdio>
#include <string>

#include "onex/purity.hpp"

// A function template: the instantiation is analysed.
template <class T> void trace(const T &value) {
  std::fprintf(stderr, "%d\n", static_cast<int>(value));
  // CHECK: :[[@LINE-1]]:3: warning: call to 'fprintf' performs I/O (stdio); reachable from reducer 'NodeTemplateReducer::execute' [onex-purity-io]
}

class NodeTemplateReducer : public onex::NodeReducer {
public:
  void execute() { trace(42); }
  // CHECK: :[[@LINE-1]]:20: note: 'execute' calls 'trace' here
};

// Constructors and destructors the code causes.
struct ScopedTimer {
  ScopedTimer() { std::puts("start"); }
  // CHECK: :[[@LINE-1]]:19: warning: call to 'puts' performs I/O (stdio); reachable from reducer 'NodeRaiiReducer::execute' [onex-purity-io]
  // CHECK: :[[@LINE+9]]:17: note: 'execute' calls 'ScopedTimer' here
  ~ScopedTimer() { std::puts("stop"); }
  // CHECK: :[[@LINE-1]]:20: warning: call to 'puts' performs I/O (stdio); reachable from reducer 'NodeRaiiReducer::execute' [onex-purity-io]
  // CHECK: :[[@LINE+6]]:17: note: 'execute' calls '~ScopedTimer' here
};

class NodeRaiiReducer : public onex::NodeReducer {
public:
  void execute() {
    ScopedTimer timer;
  }
};

// Overloaded operators are calls.
struct Money {
  long cents = 0;
};
Money operator+(Money a, Money b) {
  std::puts("adding");
  // CHECK: :[[@LINE-1]]:3: warning: call to 'puts' performs I/O (stdio); reachable from reducer 'NodeMoneyReducer::execute' [onex-purity-io]
  return {a.cents + b.cents};
}

class NodeMoneyReducer : public onex::NodeReducer {
public:
  Money execute(Money a, Money b) { return a + b; }
  // CHECK: :[[@LINE-1]]:44: note: 'execute' calls 'operator+' here
};

// Virtual calls reach every overrider in the translation unit.
struct Sink {
  virtual ~Sink() = default;
  virtual void put(int v) const = 0;
};
struct MemorySink : Sink {
  void put(int) const override {}
};
struct ConsoleSink : Sink {
  void put(int v) const override { std::printf("%d\n", v); }
  // CHECK: :[[@LINE-1]]:36: warning: call to 'printf' performs I/O (stdio); reachable from reducer 'NodeSinkReducer::execute' [onex-purity-io]
};

class NodeSinkReducer : public onex::NodeReducer {
public:
  void execute(const Sink &sink) { sink.put(1); }
  // CHECK: :[[@LINE-1]]:41: note: 'execute' calls 'put' here
};

// Recursion terminates.
static int ping(int n);
static int countdown(int n) {
  if (n == 0)
    return std::puts("done");
  // CHECK: :[[@LINE-1]]:12: warning: call to 'puts' performs I/O (stdio); reachable from reducer 'NodeRecursiveReducer::execute' [onex-purity-io]
  return ping(n - 1);
}
static int ping(int n) { return countdown(n); }

class NodeRecursiveReducer : public onex::NodeReducer {
public:
  int execute() { return countdown(3); }
  // CHECK: :[[@LINE-1]]:26: note: 'execute' calls 'countdown' here
};

// A site reached from several reducers is reported once, with the shortest
// chain: here through NodeDirectReducer (one hop), not NodeIndirectReducer.
static void audit() { std::puts("audit"); }
// CHECK: :[[@LINE-1]]:23: warning: call to 'puts' performs I/O (stdio); reachable from reducer 'NodeDirectReducer::execute' [onex-purity-io]
static void audit_twice() { audit(); }

class NodeIndirectReducer : public onex::NodeReducer {
public:
  void execute() { audit_twice(); }
};
class NodeDirectReducer : public onex::NodeReducer {
public:
  void execute() { audit(); }
  // CHECK: :[[@LINE-1]]:20: note: 'execute' calls 'audit' here
};

// Unevaluated operands and constant evaluation run nothing.
constexpr int square(int x) { return x * x; }
class NodeUnevaluatedReducer : public onex::NodeReducer {
public:
  int execute() {
    using R = decltype(std::puts("never"));
    constexpr int nine = square(3);
    return static_cast<int>(sizeof(std::puts("never"))) + nine +
           static_cast<int>(noexcept(std::puts("never"))) + R{};
  }
};
