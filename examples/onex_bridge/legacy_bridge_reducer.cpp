// The "before" picture: a reducer that does its own I/O. onex-purity reports
// every one of these, with the call chain that reaches it.
#include <chrono>
#include <cstdio>

#include "legacy_intent.hpp"
#include "models.hpp"
#include "store_effect.hpp"

namespace bridge {

static long g_events_seen = 0; // Survives between calls: replay breaks.

static void log_line(const char *message) {
  std::fprintf(stderr, "[bridge] %s\n", message);
}

static void audit(const BridgeEvent &e) { log_line(e.kind.c_str()); }

class LegacyBridgeReducer : public onex::NodeReducer {
public:
  explicit LegacyBridgeReducer(NodeBridgeStoreEffect &store) : store_(store) {}

  BridgeState execute_reduction(BridgeState state,
                                const std::vector<BridgeEvent> &events) {
    for (const BridgeEvent &e : events) {
      audit(e);
      ++g_events_seen;
      state.fsm_state[e.workflow_id] = e.kind;
    }
    last_run_ = std::chrono::system_clock::now().time_since_epoch().count();
    store_.persist({{}, state.events_applied, state.fsm_state});
    return state;
  }

  LegacyIntent emit_intent(const BridgeState &state) const {
    LegacyIntent intent{"persist_state", {{"events", state.events_applied}}};
    std::string wire = serialize_payload(intent.payload);
    intent.payload["wire"] = wire;
    intent.payload["rate"] = exchange_rate("EUR");
    return intent;
  }

private:
  NodeBridgeStoreEffect &store_;
  long last_run_ = 0;
};

// Keeps the example's legacy reducer part of the program.
BridgeState run_legacy(NodeBridgeStoreEffect &store, BridgeState state,
                       const std::vector<BridgeEvent> &events) {
  LegacyBridgeReducer legacy(store);
  return legacy.execute_reduction(std::move(state), events);
}

} // namespace bridge
