//===- CompileCommands.h - Which units to analyse, and how ----------------===//

#ifndef ONEX_TOOL_COMPILECOMMANDS_H
#define ONEX_TOOL_COMPILECOMMANDS_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace onex::tool {

struct CommandRequest {
  std::vector<std::string> Sources; // Empty: every unit of the database.
  std::string BuildPath;            // -p; empty: none given.
  /// Glob patterns (llvm::GlobPattern: *, **, ?, [..], {a,b}) over a
  /// unit's path, absolute or relative to the current directory: units
  /// that match one are not analysed (--exclude).
  std::vector<std::string> Exclude;
  /// The compiler flags after "--" (FixedCompilationDatabase::
  /// loadFromCommandLine); null when there was no "--".
  std::shared_ptr<clang::tooling::CompilationDatabase> Flags;
};

struct LoadedCommands {
  std::vector<clang::tooling::CompileCommand> Commands;
  /// Units of the database that are not C or C++ (assembly, ...): skipped.
  std::vector<std::string> Skipped;
  /// Units left out by --exclude.
  std::vector<std::string> Excluded;
  /// The database found by searching (no -p, no "--"); empty otherwise.
  std::string FoundDatabase;
  /// The directory of the database (where a CMake build tree keeps its
  /// file API reply); empty with "--".
  std::string BuildDirectory;
};

/// The compile commands to analyse, in a stable order (by file, then
/// command), without duplicates:
///  - "-- <args>": the sources with those compiler arguments;
///  - "-p <dir>": the database in <dir>, for the sources or all of it;
///  - neither: as clangd, the first compile_commands.json in the first
///    source's directory (or the current one), its build/ subdirectory, or
///    the same in a parent directory.
/// Errors say which file is missing or malformed, which source the
/// database does not list, or which --exclude pattern is malformed.
llvm::Expected<LoadedCommands>
loadCompileCommands(const CommandRequest &Request);

/// The compile command of `extract -- <compiler> <args> <source>`: the
/// source is the last argument that names an existing C/C++ file.
llvm::Expected<clang::tooling::CompileCommand>
commandFromCompilerLine(const std::vector<std::string> &Line);

} // namespace onex::tool

#endif // ONEX_TOOL_COMPILECOMMANDS_H
