// Exchange rates for the legacy bridge, read from a file at every call: I/O
// two files away from the reducer that asks for them.
#include <fstream>

#include "legacy_intent.hpp"

namespace bridge {

double exchange_rate(const std::string &currency) {
  std::ifstream in("rates/" + currency + ".txt");
  double rate = 1.0;
  in >> rate;
  return rate;
}

} // namespace bridge
