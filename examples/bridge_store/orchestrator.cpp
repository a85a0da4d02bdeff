#include "orchestrator.hpp"

namespace store {

void BridgeStoreOrchestrator::route(const std::vector<StoreIntent> &intents) {
  for (const StoreIntent &intent : intents)
    effect_.execute(intent);
}

} // namespace store
