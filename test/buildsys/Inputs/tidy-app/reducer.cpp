// A reducer whose helper writes a file: impure.
#include <onex/purity.hpp>
#include <cstdio>

struct State { int count = 0; };

static void persist(int value) {
  std::FILE *f = std::fopen("state.txt", "a");
  (void)f;
  (void)value;
}

class NodeAppReducer : public onex::NodeReducer {
public:
  State execute(State s) {
    persist(s.count);
    return s;
  }
};
