// Replays three events through the reducer and executes each bundle.
#include "fsm_effect.hpp"
#include "fsm_reducer.hpp"

#include <iostream>

int main(int argc, char **argv) {
  fsm::NodeFsmEffect effect(argc > 1 ? argv[1] : ".");
  fsm::NodeFsmReducer reducer;
  std::string state = "idle";
  for (const char *kind : {"started", "failed", "completed"}) {
    fsm::Reduction r = reducer.reduce(state, {"wf-9", kind});
    effect.execute(r.intents);
    state = r.state;
  }
  std::cout << "final state " << state << '\n';
  return 0;
}
