#include "bridge_reducer.hpp"

#include <algorithm>

namespace bridge {

std::string NodeBridgeReducer::next_state(const std::string &current,
                                          const std::string &kind) {
  if (kind == "started")
    return "running";
  if (kind == "completed" || kind == "failed")
    return kind;
  return current.empty() ? "running" : current;
}

ReductionResult NodeBridgeReducer::execute_reduction(
    const BridgeState &state, const std::vector<BridgeEvent> &events) const {
  ReductionResult result{state, {}};
  std::vector<BridgeEvent> ordered(events);
  std::sort(ordered.begin(), ordered.end(),
            [](const BridgeEvent &a, const BridgeEvent &b) {
              return a.sequence < b.sequence;
            });
  for (const BridgeEvent &e : ordered) {
    std::string &current = result.state.fsm_state[e.workflow_id];
    std::string next = next_state(current, e.kind);
    if (next != current)
      result.intents.push_back(onex::ModelIntent<PersistFSMTransition>{
          "persist_fsm_transition",
          "store",
          {{}, e.workflow_id, current, next}});
    current = next;
    result.intents.push_back(onex::ModelIntent<PublishEvent>{
        "publish_event", "bus", {{}, "bridge.events", e.workflow_id, e.kind}});
    ++result.state.events_applied;
  }
  if (state.fsm_state.empty() && !events.empty())
    result.intents.push_back(onex::ModelIntent<RecoverFSMStates>{
        "recover_fsm_states", "store", {{}, {events.front().workflow_id}}});
  result.intents.push_back(onex::ModelIntent<PersistState>{
      "persist_state",
      "store",
      {{}, result.state.events_applied, result.state.fsm_state}});
  return result;
}

} // namespace bridge
