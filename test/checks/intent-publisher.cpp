// The intent publisher is the one sanctioned channel out of a reducer: a
// reducer's call to it emits an intent (not followed, not I/O); what else
// the reducer does is still reported; the argument must be a typed intent.
//
// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// Declared by option instead of annotation: the same verdicts.
// RUN: sed 's/ONEX_INTENT_PUBLISHER//' %s > %t.cpp
// RUN: %onex-tidy %t.cpp --config="{CheckOptions: {IntentPublisherClasses: '::bus::MixinIntentPublisher', IntentPublisherFunctions: '^bus::publish_raw$'}}" -- %onex-flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// Without either, the publisher is plain I/O behind a call.
// RUN: %onex-tidy %t.cpp -- %onex-flags | FileCheck %s --check-prefix=UNDECLARED
// UNDECLARED: warning: call to 'fprintf' performs I/O (stdio); reachable from reducer 'NodeBridgeReducer::execute' [onex-purity-io]

#include <any>
#include <cstdio>
#include <map>
#include <string>

#include "onex/purity.hpp"

struct EventPayload : onex::BaseModel {
  int count = 0;
};

namespace bus {
// A publisher mixin: it writes to the intent topic - effect-side code, so
// its own I/O is not the reducer's.
class ONEX_INTENT_PUBLISHER MixinIntentPublisher {
public:
  template <class Intent> void publish_event_intent(const Intent &intent) {
    std::fprintf(stdout, "%zu\n", sizeof(intent));
  }
  void publish_topic(const std::string &topic, const std::map<std::string, std::any> &raw) {
    std::fprintf(stdout, "%s %zu\n", topic.c_str(), raw.size());
  }
};

ONEX_INTENT_PUBLISHER void publish_raw(const std::map<std::string, std::any> &) {}
} // namespace bus

class NodeBridgeReducer : public onex::NodeReducer, public bus::MixinIntentPublisher {
public:
  int execute(int events) {
    onex::ModelIntent<EventPayload> intent{"PUBLISH_EVENT", "bus", {{}, events}};
    publish_event_intent(intent); // an emission: silent
    std::puts("applied");         // still the reducer's own I/O
    // CHECK: :[[@LINE-1]]:5: warning: call to 'puts' performs I/O (stdio); in reducer 'NodeBridgeReducer::execute' [onex-purity-io]
    return events;
  }

  int untyped(int events) {
    std::map<std::string, std::any> raw{{"count", events}};
    publish_event_intent(raw);
    // CHECK: :[[@LINE-1]]:26: warning: argument of type 'std::map<std::string, std::any>' to intent publisher 'bus::MixinIntentPublisher::publish_event_intent' makes the intent payload untyped (string-keyed map of dict-like values) [onex-intent-untyped-payload]
    bus::publish_raw(raw);
    // CHECK: :[[@LINE-1]]:22: warning: argument of type 'std::map<std::string, std::any>' to intent publisher 'bus::publish_raw' makes the intent payload untyped (string-keyed map of dict-like values) [onex-intent-untyped-payload]
    publish_topic("events", raw);
    // CHECK: :[[@LINE-1]]:29: warning: argument of type 'std::map<std::string, std::any>' to intent publisher 'bus::MixinIntentPublisher::publish_topic' makes the intent payload untyped (string-keyed map of dict-like values) [onex-intent-untyped-payload]
    return events;
  }

  int not_an_intent(int events) {
    EventPayload bare{{}, events};
    publish_event_intent(bare);
    // CHECK: :[[@LINE-1]]:26: warning: argument of type 'EventPayload' to intent publisher 'bus::MixinIntentPublisher::publish_event_intent' is not a typed model (not a typed intent) [onex-intent-payload-model]
    return events;
  }
};
