#include "store_effect.hpp"

#include <fstream>
#include <iostream>

namespace bridge {

NodeBridgeStoreEffect::NodeBridgeStoreEffect(std::string directory)
    : directory_(std::move(directory)) {}

void NodeBridgeStoreEffect::append(const std::string &file,
                                   const std::string &line) {
  std::ofstream out(directory_ + "/" + file, std::ios::app);
  out << line << '\n';
}

void NodeBridgeStoreEffect::persist(const PersistState &s) {
  append("state.log", "events_applied=" + std::to_string(s.events_applied));
}

void NodeBridgeStoreEffect::persist_transition(const PersistFSMTransition &t) {
  append("fsm.log", t.workflow_id + ": " + t.from + " -> " + t.to);
}

void NodeBridgeStoreEffect::publish(const PublishEvent &e) {
  std::cout << "[" << e.topic << "] " << e.workflow_id << " " << e.kind << '\n';
}

void NodeBridgeStoreEffect::recover(const RecoverFSMStates &r) {
  append("recovery.log", "recover " + std::to_string(r.workflow_ids.size()));
}

} // namespace bridge
