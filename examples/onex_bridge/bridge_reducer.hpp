// The pure reducer: state and events in, new state and intents out.
#pragma once

#include "models.hpp"

namespace bridge {

class NodeBridgeReducer : public onex::NodeReducer {
public:
  ReductionResult
  execute_reduction(const BridgeState &state,
                    const std::vector<BridgeEvent> &events) const;

private:
  static std::string next_state(const std::string &current,
                                const std::string &kind);
};

} // namespace bridge
