// A reducer found only through the ReducerFunctions option.
#include <cstdlib>

namespace app {
int reduce_total(int total) { return total + std::rand(); }
int helper(int total) { return total + std::rand(); }
} // namespace app
