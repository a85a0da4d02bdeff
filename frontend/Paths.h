//===- Paths.h - Absolute, normalised file names --------------------------===//
//
// Summaries, findings and compile commands meet only if they spell a file
// the same way, so every front end and the summary reader make names
// absolute through this one function.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_FRONTEND_PATHS_H
#define ONEX_FRONTEND_PATHS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace onex {

/// Path made absolute against Directory (and, if that is relative or
/// empty, against the current directory), with "." and ".." removed
/// lexically.
std::string absolutePath(llvm::StringRef Path, llvm::StringRef Directory = {});

} // namespace onex

#endif // ONEX_FRONTEND_PATHS_H
