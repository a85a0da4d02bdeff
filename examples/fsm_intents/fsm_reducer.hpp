// The pure reducer: an event in, the next state and a bundle of intents out.
#pragma once

#include "intents.hpp"

namespace fsm {

class NodeFsmReducer : public onex::NodeReducer {
public:
  Reduction reduce(const std::string &state, const WorkflowEvent &event) const;

private:
  static std::string next(const std::string &state, const std::string &kind);
};

} // namespace fsm
