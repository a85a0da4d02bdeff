// The vocabulary the analysis reasons with comes from rule packs: mutating
// member names, map templates, string classes, sum types and the payload
// member of intents. A company pack extends each; without it, the payload
// types are not recognised, and the registry's write is found by following
// enroll's body instead of by its name.
// RUN: %onex-tidy %s --config="{CheckOptions: {RuleFiles: '%S/Inputs/vocabulary.yaml', IntentTypes: '::acme::Envelope'}}" -- %onex-flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// RUN: %onex-tidy %s --config="{CheckOptions: {IntentTypes: '::acme::Envelope'}}" -- %onex-flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOPACK --implicit-check-not="{{warning|note|error}}:"
// RUN: not %onex-tidy %s --config="{CheckOptions: {RuleFiles: '%S/Inputs/bad-mutator.yaml'}}" -- %onex-flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD
// BAD: error: {{.*}}bad-mutator.yaml:3:5: a 'mutator' rule names 'members' (and optionally 'types') only [clang-tidy-config]

#include <any>

#include "onex/purity.hpp"

namespace acme {
struct Registry {
  void enroll(int id) { last = id; }
  // NOPACK: :[[@LINE-1]]:25: warning: write to 'last' mutates reducer state; reachable from reducer 'NodeRegistryReducer::execute' [onex-purity-member-state]
  int lookup(int id) { return id + last; } // Non-const, but only reads.
  int last = 0;
};
template <typename K, typename V> struct Dict { K key; V value; };
struct Text { const char *data; };
template <typename... Ts> struct OneOf {};
template <typename P> struct Envelope { int kind; P body; };
} // namespace acme

class NodeRegistryReducer : public onex::NodeReducer {
  acme::Registry registry_;

public:
  int execute(int id) {
    registry_.enroll(id);
    // CHECK: :[[@LINE-1]]:5: warning: write to member 'registry_' of 'NodeRegistryReducer' mutates reducer state; in reducer 'NodeRegistryReducer::execute' [onex-purity-member-state]
    // NOPACK: :[[@LINE-2]]:15: note: 'execute' calls 'enroll' here
    return registry_.lookup(id);
  }
};

// An ACME map keyed by ACME text, of dict-like values or of a sum of
// scalars, is a dict-like payload; 'body' is the payload member.
acme::Envelope<acme::Dict<acme::Text, std::any>> g_bag;
// CHECK: :[[@LINE-1]]:50: warning: intent 'acme::Envelope<acme::Dict<acme::Text, std::any>>' with payload type 'acme::Dict<acme::Text, std::any>' makes the intent payload untyped (string-keyed map of dict-like values) [onex-intent-untyped-payload]
// CHECK: note: write a typed model instead: struct Model{{[A-Za-z0-9]*}}Payload : onex::BaseModel, one field per key
acme::Envelope<acme::Dict<acme::Text, acme::OneOf<int, acme::Text>>> g_stringly;
// CHECK: :[[@LINE-1]]:70: warning: intent 'acme::Envelope<acme::Dict<acme::Text, acme::OneOf<int, acme::Text>>>' with payload type 'acme::Dict<acme::Text, acme::OneOf<int, acme::Text>>' makes the intent payload untyped (stringly-typed bag) [onex-intent-untyped-payload]
// CHECK: note: write a typed model instead: struct Model{{[A-Za-z0-9]*}}Payload : onex::BaseModel, one field per key
