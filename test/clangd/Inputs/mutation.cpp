#include <vector>
#include <onex/purity.hpp>
struct Order { std::vector<int> lines; };
void add_line(Order &o, int l) { o.lines.push_back(l); }
class NodeOrderReducer : public onex::NodeReducer {
public:
  void apply(Order &order, int l) { add_line(order, l); }
};
