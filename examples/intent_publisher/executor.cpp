// Effect-side code: appends each posting it executes to the journal.
#include "executor.hpp"

#include <cstdio>

namespace ledger {

void PostingExecutor::execute(const onex::ModelIntent<Posting> &intent) {
  if (std::FILE *journal = std::fopen(journal_.c_str(), "a")) {
    std::fprintf(journal, "%s %ld\n", intent.payload.account.c_str(),
                 intent.payload.cents);
    std::fclose(journal);
  }
}

} // namespace ledger
