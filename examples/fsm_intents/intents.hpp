// The FSM's intents: one typed model per intent, gathered by the reducer
// into one bundle per event, which the effect executes.
#pragma once

#include <string>
#include <vector>

#include "onex/purity.hpp"

namespace fsm {

inline constexpr char PERSIST_STATE[] = "PERSIST_STATE";
inline constexpr char PUBLISH_EVENT[] = "PUBLISH_EVENT";
inline constexpr char PERSIST_FSM_TRANSITION[] = "PERSIST_FSM_TRANSITION";
inline constexpr char RECOVER_FSM_STATES[] = "RECOVER_FSM_STATES";

struct PersistState : onex::BaseModel {
  std::string workflow_id, state;
};
struct PublishEvent : onex::BaseModel {
  std::string topic, workflow_id, kind;
};
struct PersistFsmTransition : onex::BaseModel {
  std::string workflow_id, from, to;
};
struct RecoverFsmStates : onex::BaseModel {
  std::string workflow_id;
};

template <class P> using Intent = onex::ModelIntent<P>;

// What one event asks of the effects.
struct Intents {
  std::vector<Intent<PersistState>> persist;
  std::vector<Intent<PublishEvent>> publish;
  std::vector<Intent<PersistFsmTransition>> transition;
  std::vector<Intent<RecoverFsmStates>> recover;
};

struct WorkflowEvent {
  std::string workflow_id;
  std::string kind; // "started", "failed", "completed"
};

struct Reduction {
  std::string state;
  Intents intents;
};

} // namespace fsm
