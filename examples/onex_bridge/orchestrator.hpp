// Routes intents emitted by reducers to the effect that executes them.
#pragma once

#include "models.hpp"
#include "store_effect.hpp"

namespace bridge {

class BridgeOrchestrator {
public:
  explicit BridgeOrchestrator(NodeBridgeStoreEffect &store) : store_(store) {}
  void route(const std::vector<Intent> &intents);

private:
  NodeBridgeStoreEffect &store_;
};

} // namespace bridge
