#include <onex/purity.hpp>

int util_a(int);
int util_b(int);
int step(int);

class NodeCountReducer : public onex::NodeReducer {
public:
  int execute(int x) const { return util_a(x) + util_b(x); }
};

class NodeStepReducer : public onex::NodeReducer {
public:
  int execute(int x) const { return step(x); }
};
