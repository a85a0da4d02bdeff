// Routes the reducer's intents to the effect (an intent executor).
#pragma once

#include <vector>

#include "store_effect.hpp"

namespace store {

class ONEX_INTENT_EXECUTOR BridgeStoreOrchestrator {
public:
  explicit BridgeStoreOrchestrator(NodeBridgeStoreEffect &effect)
      : effect_(effect) {}
  void route(const std::vector<StoreIntent> &intents);

private:
  NodeBridgeStoreEffect &effect_;
};

} // namespace store
