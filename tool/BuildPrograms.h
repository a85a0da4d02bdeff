//===- BuildPrograms.h - Which units link into which program --------------===//
//
// A build tree holds many programs (tools, tests, examples), each with its
// own `main` and sometimes its own definition of a symbol other programs
// define too. Linking every unit of the database into one program reaches
// all those definitions from every call (sound, but imprecise); CMake's
// file API says which units each program really links, so a unit meets
// only the definitions of its own programs.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_BUILDPROGRAMS_H
#define ONEX_TOOL_BUILDPROGRAMS_H

#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace onex::tool {

/// How the gate groups units into programs (--programs).
enum class ProgramSource {
  Auto,     // CMake's file API when the build tree has a reply, else Database.
  CMake,    // CMake's file API; an error without a reply.
  Database, // Every unit of the database in one program.
};

struct BuildProgram {
  std::string Name;                 // The target: "tool1".
  std::vector<std::string> Sources; // Absolute, sorted: the units it links.
};

/// The file a user creates (before running cmake) to ask for the reply.
std::string codemodelQueryPath(llvm::StringRef BuildDirectory);

/// The programs of the CMake build tree in BuildDirectory, from the newest
/// codemodel-v2 reply: every executable, shared library and module with the
/// sources of the targets it depends on (transitively), and every static or
/// object library no program links, on its own. None when the tree has no
/// reply; an error naming the reply file when it cannot be read.
llvm::Expected<std::optional<std::vector<BuildProgram>>>
readCMakePrograms(llvm::StringRef BuildDirectory);

/// Groups Units (absolute paths) by program: one group per program that
/// links any of them, in the programs' order, then one group for the units
/// no program lists. Each group holds indices into Units, ascending.
std::vector<std::vector<size_t>>
groupUnitsByProgram(const std::vector<std::string> &Units,
                    const std::vector<BuildProgram> &Programs);

} // namespace onex::tool

#endif // ONEX_TOOL_BUILDPROGRAMS_H
