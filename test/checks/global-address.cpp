// Taking a static's address is not a read of it: an address that is only
// compared, or turned into a `void *` token, never observes the variable's
// value (yaml-cpp's graphbuilderadapter.h uses &sequenceMarker of a static
// data member as a sentinel). An address dereferenced, or passed on to
// code that may read or write through it, is what it was: the variable's
// use.
//
// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/global-address.cpp
// RUN: cd %t && not %onex-purity global-address.cpp --quiet --line-numbers=false -- %onex-flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include "onex/purity.hpp"

int g_count = 0;
void bump() { ++g_count; } // Somebody writes it: it is mutable state.

// The sentinel shape: a static data member whose address marks a frame.
struct GraphAdapter {
  static int sequenceMarker;
  struct Frame {
    explicit Frame(void *sequence)
        : container(sequence), prevKeyNode(&sequenceMarker) {}
    bool isMap() const { return prevKeyNode != &sequenceMarker; }
    void *container;
    void *prevKeyNode;
  };
};

int peek(const int *p) { return *p; }

struct NodeAddressReducer : onex::NodeReducer {
  // Silent: compared, or made a void* token.
  bool silent(const int *p) const {
    GraphAdapter::Frame frame(nullptr);
    const void *token = static_cast<const void *>(&g_count);
    return frame.isMap() && p != &g_count && (&g_count == p) && token;
  }

  // Flagged: read and written through the address, and handed to code
  // that reads through it.
  int flagged() const {
    int seen = *(&g_count);
    // CHECK: :[[@LINE-1]]:19: warning: read of global variable 'g_count' uses global mutable state; in reducer 'NodeAddressReducer::flagged' [onex-purity-global-state]
    *(&g_count) = seen + 1;
    // CHECK: :[[@LINE-1]]:8: warning: write to global variable 'g_count' uses global mutable state; in reducer 'NodeAddressReducer::flagged' [onex-purity-global-state]
    return peek(&g_count);
    // CHECK: :[[@LINE-1]]:18: warning: read of global variable 'g_count' uses global mutable state; in reducer 'NodeAddressReducer::flagged' [onex-purity-global-state]
  }
};
