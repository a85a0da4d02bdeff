// Does not compile; the tool must say so and still analyse the others.
#include <onex/purity.hpp>
#include <cstdio>

class NodeBrokenReducer : public onex::NodeReducer {
public:
  int execute(int x) {
    std::puts("reducing");
    return undeclared_helper(x);
  }
};
