#include "store_effect.hpp"

#include <fstream>
#include <iostream>

namespace store {

namespace {
template <class... F> struct Overloaded : F... {
  using F::operator()...;
};
template <class... F> Overloaded(F...) -> Overloaded<F...>;
} // namespace

void NodeBridgeStoreEffect::append(const std::string &file,
                                   const std::string &line) {
  std::ofstream out(directory_ + "/" + file, std::ios::app);
  out << line << '\n';
}

// One handler per intent type, as NodeBridgeStoreEffect does in the ONEX
// bridge. PERSIST_FSM_TRANSITION has none: the catch-all arm drops it, and
// onex-intent-unhandled says so at the reducer's emission.
void NodeBridgeStoreEffect::execute(const StoreIntent &intent) {
  std::visit(
      Overloaded{
          [&](const onex::ModelIntent<PublishEvent> &i) {
            std::cout << "[" << i.payload.topic << "] " << i.payload.workflow_id
                      << " " << i.payload.kind << '\n';
          },
          [&](const onex::ModelIntent<PersistState> &i) {
            append("state.log", i.payload.workflow_id + "=" + i.payload.state);
          },
          [](const auto &) {},
      },
      intent);
}

} // namespace store
