// The effect: owns the I/O and executes the intents it has a handler for.
#pragma once

#include <string>

#include "intents.hpp"

namespace store {

class NodeBridgeStoreEffect : public onex::NodeEffect {
public:
  explicit NodeBridgeStoreEffect(std::string directory)
      : directory_(std::move(directory)) {}
  void execute(const StoreIntent &intent);

private:
  void append(const std::string &file, const std::string &line);
  std::string directory_;
};

} // namespace store
