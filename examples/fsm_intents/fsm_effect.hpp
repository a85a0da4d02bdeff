// The effect: owns the I/O and executes the bundle the reducer returns.
#pragma once

#include <string>

#include "intents.hpp"

namespace fsm {

class NodeFsmEffect : public onex::NodeEffect {
public:
  explicit NodeFsmEffect(std::string directory)
      : directory_(std::move(directory)) {}
  void execute(const Intents &in);

private:
  void append(const std::string &file, const std::string &line);
  std::string directory_;
};

} // namespace fsm
