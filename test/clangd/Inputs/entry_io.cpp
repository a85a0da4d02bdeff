// The reducer performs the operation itself: an escape hatch there would
// silence the whole reducer, so the editor offers NOLINT only.
#include <onex/purity.hpp>
#include <cstdio>

class NodeEntryReducer : public onex::NodeReducer {
public:
  int execute(int x) const {
    std::puts("entry");
    return x;
  }
};
