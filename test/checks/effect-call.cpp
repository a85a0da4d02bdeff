// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <cstdio>
#include <string>

#include "onex/purity.hpp"

struct PersistState : onex::BaseModel {
  std::string key;
};

// Effects, found by base class, by name and by annotation.
class StoreEffect : public onex::NodeEffect {
public:
  void persist(const PersistState &s) { std::printf("%s\n", s.key.c_str()); }
};

class NodeKafkaEffect {
public:
  void publish(const std::string &topic) { std::puts(topic.c_str()); }
};

class ONEX_EFFECT Mailer {
public:
  void send(const std::string &to) { std::puts(to.c_str()); }
};

ONEX_EFFECT void write_audit(const char *line) { std::puts(line); }

static void persist_now(StoreEffect &store, const PersistState &s) {
  store.persist(s);
  // CHECK: :[[@LINE-1]]:9: warning: call to 'StoreEffect::persist' invokes an effect directly instead of emitting an intent; reachable from reducer 'NodeOrderReducer::execute' [onex-purity-effect-call]
}

class NodeOrderReducer : public onex::NodeReducer {
public:
  onex::ModelIntent<PersistState> execute(StoreEffect &store,
                                          NodeKafkaEffect &kafka,
                                          Mailer &mailer) {
    PersistState s;
    s.key = "order";
    persist_now(store, s);
    // CHECK: :[[@LINE-1]]:5: note: 'execute' calls 'persist_now' here
    kafka.publish("orders");
    // CHECK: :[[@LINE-1]]:11: warning: call to 'NodeKafkaEffect::publish' invokes an effect directly instead of emitting an intent; in reducer 'NodeOrderReducer::execute' [onex-purity-effect-call]
    mailer.send("ops@example.com");
    // CHECK: :[[@LINE-1]]:12: warning: call to 'Mailer::send' invokes an effect directly instead of emitting an intent; in reducer 'NodeOrderReducer::execute' [onex-purity-effect-call]
    write_audit("order");
    // CHECK: :[[@LINE-1]]:5: warning: call to 'write_audit' invokes an effect directly instead of emitting an intent; in reducer 'NodeOrderReducer::execute' [onex-purity-effect-call]

    // The right way: return an intent for the orchestrator to route.
    return {"persist_state", "store", s};
  }
};

// The orchestrator routes intents to effects: that is where effects are
// called, and effects do their I/O. Neither is reported.
class Orchestrator {
public:
  void route(const onex::ModelIntent<PersistState> &intent) {
    store_.persist(intent.payload);
  }

private:
  StoreEffect store_;
};
