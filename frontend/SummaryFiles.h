//===- SummaryFiles.h - Unit summaries and cache entries on disk ----------===//
//
// The engine turns summaries into text and back (checker/SummaryIO.h); the
// front ends own the files: `extract -o x.onexsum`, the entries of a
// `--cache` directory (x.onexcache), and reading either back for `link` and
// for the SummaryIndex option.
//
// A cache entry is "onex-cache 1", one "<hash> <path>" line per file the
// unit read, an empty line, then the unit summary.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_FRONTEND_SUMMARYFILES_H
#define ONEX_FRONTEND_SUMMARYFILES_H

#include "checker/SummaryIO.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace onex {

/// The suffixes a summary index directory is searched for.
inline constexpr llvm::StringLiteral SummaryFileSuffix = ".onexsum";
inline constexpr llvm::StringLiteral CacheEntrySuffix = ".onexcache";

struct CacheEntry {
  struct Input {
    llvm::StringRef Hash;
    llvm::StringRef Path;
  };
  std::vector<Input> Inputs;
  llvm::StringRef Summary; // The text readUnitSummary parses.
};

/// The framing of a cache entry; nullopt if Text is not one or is damaged.
std::optional<CacheEntry> parseCacheEntry(llvm::StringRef Text);

/// A cache entry for Unit; Inputs are (hash, path) pairs.
std::string
writeCacheEntry(llvm::ArrayRef<std::pair<std::string, std::string>> Inputs,
                const UnitSummary &Unit);

/// Parses a unit summary or a cache entry; errors name Path.
llvm::Expected<UnitSummary> readSummaryFile(llvm::StringRef Text,
                                            llvm::StringRef Path);

/// Reads the files at Paths (unit summaries or cache entries), ordered by
/// main file so that the order they were named in does not matter. The
/// first unreadable or malformed file, or one with a location outside its
/// file (LocationCheck.h), ends the read; the error names it.
llvm::Expected<std::vector<UnitSummary>>
readSummaryFiles(llvm::ArrayRef<std::string> Paths);

/// Makes every file path in Unit absolute (relative to Directory) and
/// normalised, so units compiled in different directories agree on names.
void makePathsAbsolute(UnitSummary &Unit, llvm::StringRef Directory);

} // namespace onex

#endif // ONEX_FRONTEND_SUMMARYFILES_H
