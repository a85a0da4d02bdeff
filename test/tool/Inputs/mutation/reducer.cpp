// The reducer writes its caller's order only through a helper defined in
// another file: only the whole-program run sees the write.
#include "order.hpp"
#include <onex/purity.hpp>

class NodeOrderReducer : public onex::NodeReducer {
public:
  int apply(Order &order, int line) {
    add_line(order, line);
    Order fresh;
    add_line(fresh, line); // A fresh local: pure.
    return count_lines(order);
  }
};
