//===- CompileCommands.h - Which units to analyse, and how ----------------===//

#ifndef ONEX_TOOL_COMPILECOMMANDS_H
#define ONEX_TOOL_COMPILECOMMANDS_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace onex::tool {

struct CommandRequest {
  std::vector<std::string> Sources;   // Empty: every unit of the database.
  std::string BuildPath;              // -p; empty: none given.
  std::vector<std::string> ExtraArgs; // After "--".
  bool HasDashes = false;             // "--" was given (even empty).
};

/// The compile commands to analyse, in a stable order (by file, then
/// command), without duplicates:
///  - "-- <args>": the sources with those compiler arguments;
///  - "-p <dir>": the database in <dir>, for the sources or all of it;
///  - neither: the database found above the first source.
/// Errors say which file is missing or malformed, or which source the
/// database does not list.
llvm::Expected<std::vector<clang::tooling::CompileCommand>>
loadCompileCommands(const CommandRequest &Request);

/// The compile command of `extract -- <compiler> <args> <source>`: the
/// source is the last argument that names an existing C/C++ file.
llvm::Expected<clang::tooling::CompileCommand>
commandFromCompilerLine(const std::vector<std::string> &Line);

} // namespace onex::tool

#endif // ONEX_TOOL_COMPILECOMMANDS_H
