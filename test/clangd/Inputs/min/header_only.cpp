#include <onex/purity.hpp>
#include "min/helper.hpp"
#include "min/inline_io.hpp"

struct NodeHReducer {
  int execute(int x) const { return helper(logged(x)); }
};
