// The bridge store's intents: one typed model per intent, one constant per
// intent type, shared by the reducer that emits them and the effect that
// executes them.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "onex/purity.hpp"

namespace store {

inline constexpr char PUBLISH_EVENT[] = "PUBLISH_EVENT";
inline constexpr char PERSIST_STATE[] = "PERSIST_STATE";
inline constexpr char PERSIST_FSM_TRANSITION[] = "PERSIST_FSM_TRANSITION";

struct PublishEvent : onex::BaseModel {
  std::string topic, workflow_id, kind;
};
struct PersistState : onex::BaseModel {
  std::string workflow_id, state;
};
struct PersistFsmTransition : onex::BaseModel {
  std::string workflow_id, from, to;
};

using StoreIntent = std::variant<onex::ModelIntent<PublishEvent>,
                                 onex::ModelIntent<PersistState>,
                                 onex::ModelIntent<PersistFsmTransition>>;

struct WorkflowEvent {
  std::string workflow_id;
  std::string kind; // "started", "completed"
};

struct Reduction {
  std::string state;
  std::vector<StoreIntent> intents;
};

} // namespace store
