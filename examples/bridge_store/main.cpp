// Replays two events through the reducer and routes the intents.
#include "bridge_store_reducer.hpp"
#include "orchestrator.hpp"

#include <iostream>

int main(int argc, char **argv) {
  store::NodeBridgeStoreEffect effect(argc > 1 ? argv[1] : ".");
  store::BridgeStoreOrchestrator orchestrator(effect);
  store::NodeBridgeStoreReducer reducer;
  std::string state;
  for (const char *kind : {"started", "completed"}) {
    store::Reduction r = reducer.reduce(state, {"wf-7", kind});
    orchestrator.route(r.intents);
    state = r.state;
  }
  std::cout << "final state " << state << '\n';
  return 0;
}
