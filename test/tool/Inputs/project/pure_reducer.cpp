// A pure reducer: its helper is in math.cpp and is pure too.
#include "store.hpp"
#include <onex/purity.hpp>

struct Total { int n = 0; };

class NodeTotalReducer : public onex::NodeReducer {
public:
  Total execute(Total t) {
    t.n = bump(t.n);
    return t;
  }
};
