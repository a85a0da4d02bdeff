// Inside a loop over a bundle field, a comparison or a switch on the
// intent's type narrows what the loop handles, as it does for a parameter;
// at(i) reads an element as front() and [i] do. One file, through the gate.
// RUN: not %onex-purity --quiet --line-numbers=false %s -- %onex-flags 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --implicit-check-not="{{warning|note|error}}:"

#include <string>
#include <vector>

#include "onex/purity.hpp"

namespace jobs {

enum class Kind { Run, Stop, Pause };
template <class P> struct Task {
  Kind intent_type;
  P payload;
};
struct Job : onex::BaseModel {
  int id = 0;
};
struct Lease : onex::BaseModel {
  int id = 0;
};

struct Plan {
  std::vector<onex::ModelIntent<Job>> jobs;
  std::vector<Task<Lease>> leases;
};

class NodeJobReducer : public onex::NodeReducer {
public:
  Plan reduce(int id) const {
    Plan p;
    p.jobs.push_back({"RUN", "runner", {{}, id}});
    p.jobs.push_back({"STOP", "runner", {{}, id}});
    p.leases.push_back({Kind::Run, {{}, id}});
    p.leases.push_back({Kind::Pause, {{}, id}});
    return p;
  }
};

int started = 0;

class NodeJobEffect : public onex::NodeEffect {
public:
  void execute(const Plan &p) {
    for (const auto &j : p.jobs)
      if (j.intent_type == "RUN")
        started += j.payload.id;
    for (std::size_t i = 0; i < p.leases.size(); ++i)
      switch (p.leases.at(i).intent_type) {
      case Kind::Run:
      case Kind::Stop:
        started += p.leases.at(i).payload.id;
        break;
      default:
        break;
      }
  }
};

} // namespace jobs

// The RUN-only "STOP" and the Run/Stop-only lease loop drop "STOP" and
// Pause; the Stop case waits for an intent nobody emits.
// CHECK: {{.*}}intent-bundle-narrowing.cpp:36:22: warning: intent 'onex::ModelIntent<jobs::Job>' of type "STOP" is handled by no effect or intent executor; in reducer 'jobs::NodeJobReducer::reduce' [onex-intent-unhandled]
// CHECK: {{.*}}intent-bundle-narrowing.cpp:47:8: note: searched effect 'jobs::NodeJobEffect::execute', which handles 'onex::ModelIntent<jobs::Job>' of type "RUN", 'jobs::Task<jobs::Lease>' of type jobs::Kind::Run, 'jobs::Task<jobs::Lease>' of type jobs::Kind::Stop
// CHECK: {{.*}}intent-bundle-narrowing.cpp:38:24: warning: intent 'jobs::Task<jobs::Lease>' of type jobs::Kind::Pause is handled by no effect or intent executor; in reducer 'jobs::NodeJobReducer::reduce' [onex-intent-unhandled]
// CHECK: {{.*}}intent-bundle-narrowing.cpp:47:8: note: searched effect 'jobs::NodeJobEffect::execute', which handles {{.*}}
// CHECK: {{.*}}intent-bundle-narrowing.cpp:54:7: warning: handler of intent 'jobs::Task<jobs::Lease>' of type jobs::Kind::Stop in effect 'jobs::NodeJobEffect::execute' is dead: no reducer of the program emits that intent [onex-intent-dead-handler]
// CHECK: {{.*}}intent-bundle-narrowing.cpp:37:24: note: reducer 'jobs::NodeJobReducer::reduce' emits 'jobs::Task<jobs::Lease>' of type jobs::Kind::Run here
// CHECK: {{.*}}intent-bundle-narrowing.cpp:38:24: note: reducer 'jobs::NodeJobReducer::reduce' emits 'jobs::Task<jobs::Lease>' of type jobs::Kind::Pause here
// CHECK: {{.*}}intent-bundle-narrowing.cpp:33:8: note: searched the intents of 1 reducer: 'jobs::NodeJobReducer::reduce'
