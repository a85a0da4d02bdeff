// Drives the bridge: events -> pure reducer -> intents -> orchestrator ->
// effect. Writes its logs to the directory given (default: current).
#include "bridge_reducer.hpp"
#include "orchestrator.hpp"

int main(int argc, char **argv) {
  using namespace bridge;
  NodeBridgeStoreEffect store(argc > 1 ? argv[1] : ".");
  BridgeOrchestrator orchestrator(store);
  std::vector<BridgeEvent> events{
      {"wf-1", "started", 1}, {"wf-1", "step", 2}, {"wf-1", "completed", 3}};
  ReductionResult result = NodeBridgeReducer().execute_reduction({}, events);
  orchestrator.route(result.intents);
  return 0;
}
