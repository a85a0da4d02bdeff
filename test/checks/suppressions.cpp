// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <cstdio>

#include "onex/purity.hpp"

// An audited escape hatch: calls into it are neither followed nor reported.
ONEX_ALLOW_IMPURE("metrics are best-effort and never replayed")
void emit_metric(const char *name) { std::printf("metric %s\n", name); }

static void helper_logs() { std::puts("helper"); }
// CHECK: :[[@LINE-1]]:29: warning: call to 'puts' performs I/O (stdio); reachable from reducer 'NodeAuditedReducer::execute' [onex-purity-io]
// CHECK: :[[@LINE+11]]:5: note: 'execute' calls 'helper_logs' here

class NodeAuditedReducer : public onex::NodeReducer {
public:
  void execute() {
    emit_metric("reduce");
    std::puts("known"); // NOLINT(onex-purity-io)
    // NOLINTNEXTLINE(onex-purity-*)
    std::puts("also known");
    std::puts("other check suppressed only"); // NOLINT(onex-purity-syscall)
    // CHECK: :[[@LINE-1]]:5: warning: call to 'puts' performs I/O (stdio); in reducer 'NodeAuditedReducer::execute' [onex-purity-io]
    helper_logs();
  }
};

// A whole class can be audited too.
class ONEX_ALLOW_IMPURE("debug-only tracing") Tracer {
public:
  void trace(int v) { std::printf("%d\n", v); }
};

class NodeTracedReducer : public onex::NodeReducer {
public:
  void execute(Tracer &t) { t.trace(1); }
};
