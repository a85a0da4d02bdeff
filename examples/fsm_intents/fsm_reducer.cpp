#include "fsm_reducer.hpp"

namespace fsm {

std::string NodeFsmReducer::next(const std::string &state,
                                 const std::string &kind) {
  if (kind == "started")
    return "running";
  if (kind == "failed")
    return "recovering";
  return kind == "completed" ? "done" : state;
}

Reduction NodeFsmReducer::reduce(const std::string &state,
                                 const WorkflowEvent &event) const {
  Reduction r{next(state, event.kind), {}};
  Intents &out = r.intents;
  out.persist.push_back(
      {PERSIST_STATE, "store", {{}, event.workflow_id, r.state}});
  out.publish.push_back({PUBLISH_EVENT,
                         "bus",
                         {{}, "fsm.events", event.workflow_id, event.kind}});
  out.transition.push_back({PERSIST_FSM_TRANSITION,
                            "store",
                            {{}, event.workflow_id, state, r.state}});
  if (r.state == "recovering")
    out.recover.push_back(
        {RECOVER_FSM_STATES, "store", {{}, event.workflow_id}});
  return r;
}

} // namespace fsm
