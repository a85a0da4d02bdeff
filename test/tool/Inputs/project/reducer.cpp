// A reducer whose I/O lives in another translation unit.
#include "store.hpp"
#include <onex/purity.hpp>

struct State { int count = 0; };

class NodeCounterReducer : public onex::NodeReducer {
public:
  State execute(State s) {
    save(s.count);
    audit(s.count);
    s.count = bump(s.count);
    return s;
  }
};

State reduce(State s) { return NodeCounterReducer().execute(s); }
