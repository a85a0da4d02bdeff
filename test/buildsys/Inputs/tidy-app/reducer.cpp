// A reducer whose helper writes a file: impure.
#include <onex/purity.hpp>
#include <cstdio>

struct State { int count = 0; };

int next_count(int count); // Defined in math.cpp: not a finding per file.

static void persist(int value) {
  std::FILE *f = std::fopen("state.txt", "a");
  (void)f;
  (void)value;
}

class NodeAppReducer : public onex::NodeReducer {
public:
  State execute(State s) {
    persist(s.count);
    s.count = next_count(s.count);
    return s;
  }
};
