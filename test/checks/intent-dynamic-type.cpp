// An intent's type is a constant or an enumerator, never a string built at
// run time.
// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <string>

#include "onex/purity.hpp"

struct PublishEvent : onex::BaseModel {
  std::string topic;
};

constexpr const char *kPersist = "PERSIST_STATE";
const std::string kPublish = "PUBLISH_EVENT";

class NodeRouteReducer : public onex::NodeReducer {
public:
  // Constants: literals, constexpr and const variables, the default.
  onex::ModelIntent<PublishEvent> constant(const std::string &t) const {
    onex::ModelIntent<PublishEvent> a{"PUBLISH_EVENT", t, {{}, t}};
    onex::ModelIntent<PublishEvent> b{kPersist, t, {{}, t}};
    onex::ModelIntent<PublishEvent> c{kPublish, t, {{}, t}};
    onex::ModelIntent<PublishEvent> d;
    d.intent_type = "PERSIST_STATE";
    (void)b, (void)c, (void)d;
    return a;
  }

  onex::ModelIntent<PublishEvent> dynamic(const std::string &kind) const {
    onex::ModelIntent<PublishEvent> a{"PERSIST_" + kind, kind, {{}, kind}};
    // CHECK: :[[@LINE-1]]:39: warning: 'intent_type' of intent 'onex::ModelIntent<PublishEvent>' is built at run time, not a constant or an enum [onex-intent-dynamic-type]
    onex::ModelIntent<PublishEvent> b;
    b.intent_type = kind + "_EVENT";
    // CHECK: :[[@LINE-1]]:21: warning: 'intent_type' of intent 'onex::ModelIntent<PublishEvent>' is built at run time, not a constant or an enum [onex-intent-dynamic-type]
    b.intent_type = kind;
    // CHECK: :[[@LINE-1]]:21: warning: 'intent_type' of intent 'onex::ModelIntent<PublishEvent>' is built at run time, not a constant or an enum [onex-intent-dynamic-type]
    (void)b;
    return a;
  }
};

// An enum-typed intent of the codebase's own (IntentNamePattern): an
// enumerator is the constant; an integer from input is not.
enum class RouteKind { Publish, Persist };
struct ModelRouteIntent {
  RouteKind intent_type = RouteKind::Publish;
  PublishEvent payload;
};
ModelRouteIntent route(int raw) {
  ModelRouteIntent ok{RouteKind::Persist, {}};
  ModelRouteIntent bad{static_cast<RouteKind>(raw), {}};
  // CHECK: :[[@LINE-1]]:24: warning: 'intent_type' of intent 'ModelRouteIntent' is built at run time, not a constant or an enum [onex-intent-dynamic-type]
  return raw ? bad : ok;
}
