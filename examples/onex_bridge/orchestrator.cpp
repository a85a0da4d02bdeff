#include "orchestrator.hpp"

namespace bridge {

namespace {
template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;
} // namespace

void BridgeOrchestrator::route(const std::vector<Intent> &intents) {
  for (const Intent &intent : intents)
    std::visit(Overloaded{
                   [&](const onex::ModelIntent<PersistState> &i) {
                     store_.persist(i.payload);
                   },
                   [&](const onex::ModelIntent<PersistFSMTransition> &i) {
                     store_.persist_transition(i.payload);
                   },
                   [&](const onex::ModelIntent<PublishEvent> &i) {
                     store_.publish(i.payload);
                   },
                   [&](const onex::ModelIntent<RecoverFSMStates> &i) {
                     store_.recover(i.payload);
                   },
               },
               intent);
}

} // namespace bridge
