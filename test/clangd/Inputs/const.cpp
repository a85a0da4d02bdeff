#include <onex/purity.hpp>

class NodeConstReducer : public onex::NodeReducer {
public:
  int execute(int x) { return x + base_; }

private:
  int base_ = 1;
};
