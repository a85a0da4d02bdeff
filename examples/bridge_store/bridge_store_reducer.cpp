#include "bridge_store_reducer.hpp"

namespace store {

Reduction NodeBridgeStoreReducer::reduce(const std::string &state,
                                         const WorkflowEvent &event) const {
  std::string next = event.kind == "started" ? "running" : event.kind;
  Reduction result{next, {}};
  result.intents.push_back(onex::ModelIntent<PublishEvent>{
      PUBLISH_EVENT,
      "bus",
      {{}, "workflow.events", event.workflow_id, event.kind}});
  result.intents.push_back(onex::ModelIntent<PersistState>{
      PERSIST_STATE, "store", {{}, event.workflow_id, next}});
  result.intents.push_back(onex::ModelIntent<PersistFsmTransition>{
      PERSIST_FSM_TRANSITION, "store", {{}, event.workflow_id, state, next}});
  return result;
}

} // namespace store
