#include <onex/purity.hpp>

void audit(int value);

class NodeAuditReducer : public onex::NodeReducer {
public:
  int execute(int x) const {
    audit(x);
    return x + 1;
  }
};
