//===- SummaryCache.h - Unit summaries reused across runs -----------------===//
//
// A unit's summary depends on its compile command, the engine options, the
// rule packs, the tool version and the content of every file the
// preprocessor read. The cache key covers the first four; each entry then
// lists the files read with a hash of their content, and an entry is used
// only if every one of them is unchanged. This is ccache's "direct mode":
// as exact as hashing the preprocessed text, without running the
// preprocessor on a warm run.
//
// Entries are written to a temporary file and renamed, so concurrent runs
// (or a build system's parallel steps) can share one directory.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_SUMMARYCACHE_H
#define ONEX_TOOL_SUMMARYCACHE_H

#include "UnitRunner.h"
#include "frontend/LocationCheck.h"
#include "llvm/ADT/StringMap.h"
#include <mutex>

namespace onex::tool {

class SummaryCache {
public:
  /// Creates Directory if needed; fails with a message naming it.
  static llvm::Expected<std::unique_ptr<SummaryCache>>
  open(llvm::StringRef Directory);

  /// The key of a unit's entry.
  std::string keyFor(const clang::tooling::CompileCommand &Command,
                     const EngineOptions &Options);

  /// The cached outcome for Key, if its recorded inputs are unchanged and
  /// every location it holds is inside its file (a damaged entry is
  /// re-parsed, never trusted).
  std::optional<UnitOutcome> lookup(llvm::StringRef Key);

  /// Records a successful outcome (failed units are always re-run).
  void store(llvm::StringRef Key, const UnitOutcome &Outcome);

private:
  explicit SummaryCache(std::string Directory)
      : Directory(std::move(Directory)) {}
  std::string entryPath(llvm::StringRef Key) const;
  /// Content hash of File ("" if unreadable), computed once per run.
  std::string hashOfFile(llvm::StringRef File);

  std::string Directory;
  std::mutex Mutex;
  llvm::StringMap<std::string> FileHashes;
  LineTables Lines;
};

} // namespace onex::tool

#endif // ONEX_TOOL_SUMMARYCACHE_H
