// RuleFiles adds a company's pack; its rules are consulted first.
// RUN: %onex-tidy %s --config="{CheckOptions: {RuleFiles: '%S/Inputs/company.yaml'}}" -- %onex-flags -I%S/Inputs \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// Without the pack, the same calls are unknown bodiless functions: not
// reported unless strict about them (opaque-call would name them).
// RUN: %onex-tidy %s --checks=-*,onex-purity-io,onex-purity-nondeterminism -- %onex-flags -I%S/Inputs \
// RUN:   | FileCheck %s --check-prefix=NOPACK --allow-empty --implicit-check-not="{{warning|note|error}}:"

#include <cstdio>

// NOPACK-NOT: warning:

#include "acme/hash.h"
#include "acme/platform.h"
#include "onex/purity.hpp"

struct EventPublished : onex::BaseModel {
  acme::PropertyBag properties;
  // CHECK: :[[@LINE-1]]:21: warning: field 'EventPublished::properties' of type 'acme::PropertyBag' in payload model 'EventPublished' makes the intent payload untyped (ACME property bag) [onex-intent-untyped-payload]
};

class NodeEventReducer : public onex::NodeReducer {
public:
  unsigned execute(acme::KafkaClient &bus, const acme::Clock &clock) {
    bus.publish("events", "{}");
    // CHECK: :[[@LINE-1]]:9: warning: call to 'acme::KafkaClient::publish' performs I/O (ACME message bus); in reducer 'NodeEventReducer::execute' [onex-purity-io]
    long t = clock.now();
    // CHECK: :[[@LINE-1]]:20: warning: call to 'now' on 'clock' is nondeterministic (ACME clock); in reducer 'NodeEventReducer::execute' [onex-purity-nondeterminism]
    return acme::fnv1a("key") + static_cast<unsigned>(t);
  }
};
