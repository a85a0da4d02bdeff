// Library idioms that are not state a reducer can observe: write-once
// statics (and everything their initialisers do), never-written globals,
// allocator bookkeeping and intrusive reference counts. Each is written out
// as the library writes it; the hidden state next to them is still reported.
// Warnings and notes are checked apart: each list is in source order.
// RUN: %onex-tidy %s -- %onex-flags > %t.tidy
// RUN: grep -v ': note:' %t.tidy | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: grep ': note:' %t.tidy | FileCheck %s --check-prefix=NOTE --implicit-check-not="note:"
// RUN: not %onex-purity %s --quiet -- %onex-flags > %t.gate
// RUN: grep -v ': note:' %t.gate | FileCheck %s --check-prefix=GATE --implicit-check-not="{{warning|error}}:"
// RUN: grep ': note:' %t.gate | FileCheck %s --check-prefix=NOTE --implicit-check-not="note:"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>

#include "onex/purity.hpp"

// immer's shared empty node: a function-local static built once by its
// initialiser (which placement-news into a static buffer of its own), then
// shared with an intrusive reference count.
struct node {
  std::atomic<int> refs{1};
  node *inc() {
    refs.fetch_add(1, std::memory_order_relaxed);
    return this;
  }
};
struct node_storage {
  alignas(node) unsigned char buffer[sizeof(node)];
};
node *empty_node() {
  static const auto empty = [] {
    static node_storage storage;
    return new (&storage) node{};
  }();
  return empty->inc();
}

// A static written only by its initialiser, whose initialiser writes a
// counter of its own.
int g_initialisations = 0;
int count_initialisation() { return ++g_initialisations; }
const std::string &greeting() {
  static std::string text = "hello " + std::to_string(count_initialisation());
  return text;
}

// Never written, address never taken: constants in all but name.
static const char *xml = "<doc/>";
static int table[] = {1, 2, 3};

// immer's free-list heap, as immer writes it: the free list is a static the
// heap's members write; the built-in allocator pack names the class.
namespace immer {
template <std::size_t Size> struct free_list_heap {
  struct node_t {
    node_t *next;
  };
  static void *allocate(std::size_t) {
    node_t *n = head();
    if (!n)
      return std::malloc(Size);
    head() = n->next;
    return n;
  }
  static void deallocate(std::size_t, void *data) {
    auto *n = static_cast<node_t *>(data);
    n->next = head();
    head() = n;
  }

private:
  static node_t *&head() {
    static node_t *head_ = nullptr;
    return head_;
  }
};
} // namespace immer

// A persistent node the reducer's argument shares: copying bumps its count.
struct shared_list {
  node *root;
  shared_list(const shared_list &other) : root(other.root) { root->inc(); }
  shared_list push(int) const {
    void *p = immer::free_list_heap<16>::allocate(16);
    immer::free_list_heap<16>::deallocate(16, p);
    root->refs.fetch_add(1);
    return *this;
  }
};

// An object of an empty class holds no state (spdlog's null mutex).
struct null_mutex {
  void lock() {}
  void unlock() {}
};
null_mutex &console_mutex() {
  static null_mutex mutex;
  return mutex;
}

// Written elsewhere, or its address escapes: hidden state, still reported.
static int counter = 0;
void bump() { ++counter; }
static int hidden = 0;
int *expose() { return &hidden; }

// What an initialiser does besides state is still reported.
int open_log_once() {
  static int fd = std::printf("opened\n");
  // CHECK: :[[@LINE-1]]:19: warning: call to 'printf' performs I/O (stdio); reachable from reducer 'NodeIdiomReducer::execute' [onex-purity-io]
  // GATE: :[[@LINE-2]]:19: warning: call to 'printf' performs I/O (stdio); reachable from reducer 'NodeIdiomReducer::execute' [onex-purity-io]
  return fd;
}

// Reached both from an initialiser and directly: an ordinary function.
int next_ticket() { return ++g_initialisations; }
// CHECK: :[[@LINE-1]]:30: warning: write to global variable 'g_initialisations' uses global mutable state; reachable from reducer 'NodeIdiomReducer::execute' [onex-purity-global-state]
// GATE: :[[@LINE-2]]:30: warning: write to global variable 'g_initialisations' uses global mutable state; reachable from reducer 'NodeIdiomReducer::execute' [onex-purity-global-state]
int first_ticket() {
  static int first = next_ticket();
  return first;
}

class NodeIdiomReducer : public onex::NodeReducer {
public:
  int execute(int x, const shared_list &list) {
    node *n = empty_node();
    console_mutex().lock();
    shared_list copy = list.push(x);
    int size = static_cast<int>(greeting().size());
    int length = static_cast<int>(std::string(xml).size()) + table[1];
    int seen = counter;
    // CHECK: :[[@LINE-1]]:16: warning: read of global variable 'counter' uses global mutable state; in reducer 'NodeIdiomReducer::execute' [onex-purity-global-state]
    // GATE: :[[@LINE-2]]:16: warning: read of global variable 'counter' uses global mutable state; in reducer 'NodeIdiomReducer::execute' [onex-purity-global-state]
    int peek = hidden;
    // CHECK: :[[@LINE-1]]:16: warning: read of global variable 'hidden' uses global mutable state; in reducer 'NodeIdiomReducer::execute' [onex-purity-global-state]
    // GATE: :[[@LINE-2]]:16: warning: read of global variable 'hidden' uses global mutable state; in reducer 'NodeIdiomReducer::execute' [onex-purity-global-state]
    static int calls = 0;
    calls += 1;
    // CHECK: :[[@LINE-1]]:5: warning: write to function-local static 'calls' uses global mutable state; in reducer 'NodeIdiomReducer::execute' [onex-purity-global-state]
    // GATE: :[[@LINE-2]]:5: warning: write to function-local static 'calls' uses global mutable state; in reducer 'NodeIdiomReducer::execute' [onex-purity-global-state]
    return x + size + length + seen + peek + (n != nullptr) + open_log_once() +
           first_ticket() + next_ticket() + (copy.root != nullptr);
    // NOTE: :[[@LINE-2]]:63: note: 'execute' calls 'open_log_once' here
    // NOTE: :[[@LINE-2]]:29: note: 'execute' calls 'next_ticket' here
  }
};
