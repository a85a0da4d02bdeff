// A suppression on a call covers what that call reaches, and only that.
#include <cstdio>
#include <cstdlib>

void audit(int value);
int g_counter = 0;

static void note(int x) {
  std::puts("note");      // covered by the waiver for I/O on the call
  g_counter += x;         // another check: still reported
}

static void persist(int x) {
  std::printf("%d\n", x); // reached also without a waiver: reported
}

static int trace(int x) {
  std::puts("trace");     // covered: a waiver without a list covers every check
  return x + std::rand(); // covered
}

class NodeCallReducer {
public:
  int execute(int x) const {
    audit(x); // NOLINT(onex-purity-io): audited upstream
    note(x);  // NOLINT(onex-purity-io)
    persist(x); // NOLINT(onex-purity-io)
    return trace(x); // NOLINT
  }
  int replay(int x) const {
    persist(x);
    return x;
  }
};
