//===- ProjectRoot.h - The directory report paths are relative to ---------===//
//
// SARIF URIs and text paths are relative to the project, so a report
// written from build/ reads the same as one written from the top, and
// GitHub code scanning can place it. Without --source-root the project is
// found the way git finds a repository.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_PROJECTROOT_H
#define ONEX_TOOL_PROJECTROOT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace onex::tool {

/// The nearest ancestor of Start (itself included) holding `.git` (a
/// directory, or the file a worktree or submodule has); without one, the
/// highest ancestor holding `.clang-tidy`; without either, nothing. The
/// search never goes up into one of Ceilings, as git treats
/// GIT_CEILING_DIRECTORIES. Start is absolute.
std::optional<std::string>
findProjectRoot(llvm::StringRef Start, llvm::ArrayRef<std::string> Ceilings);

/// GIT_CEILING_DIRECTORIES, split at ':' (empty entries dropped).
std::vector<std::string> ceilingDirectories();

} // namespace onex::tool

#endif // ONEX_TOOL_PROJECTROOT_H
