// The effect: owns all I/O and executes intents.
#pragma once

#include <string>

#include "models.hpp"

namespace bridge {

class NodeBridgeStoreEffect : public onex::NodeEffect {
public:
  explicit NodeBridgeStoreEffect(std::string directory);
  void persist(const PersistState &s);
  void persist_transition(const PersistFSMTransition &t);
  void publish(const PublishEvent &e);
  void recover(const RecoverFSMStates &r);

private:
  void append(const std::string &file, const std::string &line);
  std::string directory_;
};

} // namespace bridge
