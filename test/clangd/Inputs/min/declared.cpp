#include <onex/purity.hpp>
#include "min/helper.hpp"
struct NodeMReducer { int execute(int x) const { return helper(x); } };
