// The intent executor: takes the intents read back from the topic and runs
// each through the effect that owns its I/O. Marked, so that the intents it
// takes count as handled (onex-intent-unhandled).
#pragma once

#include <string>

#include "posting.hpp"

namespace ledger {

class ONEX_INTENT_EXECUTOR PostingExecutor {
public:
  explicit PostingExecutor(std::string journal)
      : journal_(std::move(journal)) {}
  void execute(const onex::ModelIntent<Posting> &intent);

private:
  std::string journal_;
};

} // namespace ledger
