// An allocator's own helpers are allocator bookkeeping: a function that
// only allocator functions call (or helpers of theirs) keeps the
// allocator's state, even when it is an entry point itself (a stress run
// makes every function one). A helper also called from other code is not
// one: reached that way its state is reported.
//
// RUN: %onex-tidy %s --checks='-*,onex-purity-*' -config="{CheckOptions: {RuleFiles: '%S/Inputs/allocators/pool.yaml'}}" -- %onex-flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// RUN: %onex-tidy %s --checks='-*,onex-purity-*' -config="{CheckOptions: {RuleFiles: '%S/Inputs/allocators/pool.yaml', ReducerFunctions: '^(app|immer)::'}}" -- %onex-flags \
// RUN:   | FileCheck %s --check-prefix=STRESS --implicit-check-not="{{warning|note|error}}:"
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/allocator-helpers.cpp
// RUN: printf "CheckOptions:\n  RuleFiles: '%S/Inputs/allocators/pool.yaml'\n" > %t/.clang-tidy
// RUN: cd %t && not %onex-purity allocator-helpers.cpp --checks='-*,onex-purity-*' --quiet --line-numbers=false -- %onex-flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <cstddef>
#include <new>

#include "onex/purity.hpp"

// The shape of immer's thread_local_free_list_heap (the built-in allocator
// rules name the class), with its thread-local state behind a helper the
// rules do not name.
namespace immer {
namespace detail {
struct free_list_node {
  free_list_node *next;
};
struct tl_head {
  free_list_node *data = nullptr;
  std::size_t count = 0;
};
inline tl_head &tl_state() {
  thread_local tl_head head;
  return head;
}
} // namespace detail

template <typename Base> struct thread_local_free_list_heap : Base {
  static void *allocate(std::size_t size) {
    detail::tl_head &h = detail::tl_state();
    if (detail::free_list_node *n = h.data) {
      h.data = n->next;
      --h.count;
      return n;
    }
    return Base::allocate(size);
  }
  static void deallocate(std::size_t, void *data) {
    detail::tl_head &h = detail::tl_state();
    auto *n = static_cast<detail::free_list_node *>(data);
    n->next = h.data;
    h.data = n;
    ++h.count;
  }
};
struct cpp_heap {
  static void *allocate(std::size_t size) { return ::operator new(size); }
};
} // namespace immer

// A hand-written pool: its allocate/deallocate are named by a rule pack;
// its private helper is only theirs.
namespace app {
struct FreeList {
  void *head = nullptr;
  int handed_out = 0;
};
class Pool {
public:
  static void *allocate(std::size_t n) {
    FreeList &l = local();
    ++l.handed_out;
    if (void *p = l.head) {
      l.head = *static_cast<void **>(p);
      return p;
    }
    return ::operator new(n);
  }
  static void deallocate(void *p) {
    FreeList &l = local();
    *static_cast<void **>(p) = l.head;
    l.head = p;
  }
  // Also called from ordinary code (audit below): not the pool's alone.
  static int outstanding() { return shared().handed_out; }

private:
  static FreeList &local() {
    thread_local FreeList list;
    return list;
    // CHECK: :[[@LINE-1]]:12: warning: read of thread-local variable 'list' uses global mutable state; reachable from reducer 'NodeListReducer::audit' [onex-purity-global-state]
    // CHECK: :[[@LINE+20]]:30: note: 'audit' calls 'outstanding' here
    // CHECK: :[[@LINE-8]]:37: note: 'outstanding' calls 'shared' here
    // CHECK: :[[@LINE+3]]:38: note: 'shared' calls 'local' here
    // STRESS: :[[@LINE-5]]:12: warning: read of thread-local variable 'list' uses global mutable state; in reducer 'app::Pool::local' [onex-purity-global-state]
  }
  static FreeList &shared() { return local(); }
};
} // namespace app

struct NodeListReducer : onex::NodeReducer {
  // Silent: allocation through both allocators.
  int build(int x) const {
    using Heap = immer::thread_local_free_list_heap<immer::cpp_heap>;
    void *a = Heap::allocate(16);
    Heap::deallocate(16, a);
    void *b = app::Pool::allocate(16);
    app::Pool::deallocate(b);
    return x;
  }
  // Flagged: the same state read through ordinary code.
  int audit() const { return app::Pool::outstanding(); }
};
