#include <onex/purity.hpp>
#include <cstring>
#include "pool.hpp"

extern const char *g_banner;
extern int g_limit;

class NodeOrderReducer : public onex::NodeReducer {
public:
  int execute(int quantity) const {
    void *scratch = arena::Pool::get(64);
    arena::Pool::put(scratch);
    int banner = static_cast<int>(std::strlen(g_banner));
    return quantity > g_limit ? banner : quantity;
  }
};
