// One reducer found through ReducerFunctions. It reads the clock through a
// company function that only the project's own rule pack knows, calls
// rand, and opens a file.
#include <cstdio>
#include <cstdlib>

namespace acme {
long ticks(); // Declared here, defined by the platform.
}

namespace app {
long reduce_total(long x) {
  std::FILE *f = std::fopen("log", "w");
  (void)f;
  return x + std::rand() + acme::ticks();
}
} // namespace app
