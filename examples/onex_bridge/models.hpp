// Typed payloads and state of the bridge. Every payload is a BaseModel.
#pragma once

#include <map>
#include <string>
#include <variant>
#include <vector>

#include "onex/purity.hpp"

namespace bridge {

struct BridgeEvent {
  std::string workflow_id;
  std::string kind; // "started", "step", "completed", "failed"
  long sequence = 0;
};

struct BridgeState {
  std::map<std::string, std::string> fsm_state; // workflow -> state
  long events_applied = 0;
};

struct PersistState : onex::BaseModel {
  long events_applied = 0;
  std::map<std::string, std::string> fsm_state;
};
struct PersistFSMTransition : onex::BaseModel {
  std::string workflow_id, from, to;
};
struct PublishEvent : onex::BaseModel {
  std::string topic, workflow_id, kind;
};
struct RecoverFSMStates : onex::BaseModel {
  std::vector<std::string> workflow_ids;
};

using Intent = std::variant<
    onex::ModelIntent<PersistState>, onex::ModelIntent<PersistFSMTransition>,
    onex::ModelIntent<PublishEvent>, onex::ModelIntent<RecoverFSMStates>>;

struct ReductionResult {
  BridgeState state;
  std::vector<Intent> intents;
};

} // namespace bridge
