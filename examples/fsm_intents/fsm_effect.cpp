#include "fsm_effect.hpp"

#include <fstream>
#include <iostream>

namespace fsm {

void NodeFsmEffect::append(const std::string &file, const std::string &line) {
  std::ofstream out(directory_ + "/" + file, std::ios::app);
  out << line << '\n';
}

// Three of the four fields, as the effect in the seed iterates them. The
// recover intents are never read: onex-intent-unhandled reports them at the
// reducer's emission, naming the field.
void NodeFsmEffect::execute(const Intents &in) {
  for (const auto &i : in.persist)
    append("state.log", i.payload.workflow_id + "=" + i.payload.state);
  for (const auto &i : in.publish)
    std::cout << "[" << i.payload.topic << "] " << i.payload.workflow_id << " "
              << i.payload.kind << '\n';
  for (const auto &i : in.transition)
    append("transitions.log", i.payload.workflow_id + " " + i.payload.from +
                                  " -> " + i.payload.to);
}

} // namespace fsm
