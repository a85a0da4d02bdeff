// The ledger's one intent payload.
#pragma once

#include <string>

#include "onex/purity.hpp"

namespace ledger {

struct Posting : onex::BaseModel {
  std::string account;
  long cents = 0;
};

} // namespace ledger
