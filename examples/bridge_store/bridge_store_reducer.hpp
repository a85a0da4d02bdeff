// The pure reducer: an event in, the next state and three intents out.
#pragma once

#include "intents.hpp"

namespace store {

class NodeBridgeStoreReducer : public onex::NodeReducer {
public:
  Reduction reduce(const std::string &state, const WorkflowEvent &event) const;
};

} // namespace store
