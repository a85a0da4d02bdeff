//===- SummaryIndex.h - Whole-program knowledge for one-unit front ends ---===//
//
// clang-tidy and clangd see one translation unit. With the SummaryIndex
// option they also read what `onex-purity` learnt about the whole program:
// a file written by `onex-purity link --emit-index`, or the summaries in an
// `onex-purity --cache` directory. Functions the unit calls but cannot see
// are then completed from the index (Linker's importFromIndex).
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_SUMMARYINDEX_H
#define ONEX_CHECKER_SUMMARYINDEX_H

#include "checker/Summary.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace onex {

/// Loads the index at Path (a file or a cache directory). The result is
/// shared and reused while the files are unchanged, because every unit an
/// editor opens asks for it. Errors name the path and the problem.
llvm::Expected<std::shared_ptr<const ProgramSummary>>
loadSummaryIndex(llvm::StringRef Path);

} // namespace onex

#endif // ONEX_CHECKER_SUMMARYINDEX_H
