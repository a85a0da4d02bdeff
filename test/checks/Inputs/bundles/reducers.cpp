#include "bundles.hpp"

namespace fsm {

FsmIntents NodeFsmReducer::reduce(const Event &e) const {
  FsmIntents out;
  out.persist.push_back({"SAVE", "store", {{}, e.kind}});
  out.persist.push_back(I<PersistState>{"SNAPSHOT", "store", {{}, e.kind}});
  out.publish.push_back({"PUBLISH", "bus", {{}, e.workflow}});
  out.transition.push_back({"MOVE", "fsm", {{}, "idle", e.kind}});
  out.recover = I<Recover>{"RECOVER", "fsm", {{}, 1}};
  return out;
}

OpsIntents NodeOpsReducer::reduce(const Event &e) const {
  OpsIntents out{
      .archive = {{{"ARCHIVE", "s3", {{}, e.workflow}}}},
      .audit = {{"AUDIT", "log", {{}, e.kind}}},
  };
  out.metrics.emplace_back(I<Metric>{"METRIC", "stats", {{}, 1}});
  out.alarms.push_back({"ALARM", "pager", {{}, 2}});
  out.mixed.push_back(I<Retry>{"RETRY", "ops", {{}, 3}});
  out.mixed.push_back(I<Notice>{"NOTICE", "ops", {{}, e.kind}});
  return out;
}

std::vector<I<Span>> NodeOpsReducer::trace(const Event &e) const {
  return {{"SPAN", "tracer", {{}, int(e.kind.size())}}};
}

} // namespace fsm
