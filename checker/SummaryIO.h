//===- SummaryIO.h - Translation-unit summaries on disk -------------------===//
//
// Whole-program analysis runs in two phases: each translation unit is
// summarised on its own (in parallel, on any machine, cached), then the
// summaries are linked. A UnitSummary is what crosses that boundary: the
// unit's function summaries plus the findings that need no linking (the
// type-level intent checks). It holds no AST pointers, so it can be written
// to a file and read back by another process.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_SUMMARYIO_H
#define ONEX_CHECKER_SUMMARYIO_H

#include "checker/Finding.h"
#include "checker/Summary.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace onex {

struct UnitSummary {
  std::string MainFile; // Absolute path of the unit's source file.
  ProgramSummary Program;
  std::vector<Finding> LocalFindings;
};

/// Version of the on-disk format; readers reject other versions.
constexpr unsigned SummaryFormatVersion = 1;

/// Serialises Unit as compact JSON.
std::string writeUnitSummary(const UnitSummary &Unit);

/// Serialises a linked program as a summary index (the SummaryIndex option
/// reads it like any unit summary).
std::string writeSummaryIndex(const ProgramSummary &Program);

/// Parses what writeUnitSummary wrote. Errors name Path and what is wrong.
llvm::Expected<UnitSummary> readUnitSummary(llvm::StringRef Text,
                                            llvm::StringRef Path);

/// An entry of onex-purity's --cache directory: "onex-cache 1", one
/// "<hash> <path>" line per file the unit read, an empty line, then the
/// unit summary. Defined here because the SummaryIndex option reads cache
/// directories too.
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

/// Like readUnitSummary, but also accepts a cache entry.
llvm::Expected<UnitSummary> readSummaryFile(llvm::StringRef Text,
                                            llvm::StringRef Path);

/// Reads the files at Paths (unit summaries or cache entries), ordered by
/// main file so that the order they were named in does not matter. The
/// first unreadable or malformed file ends the read; the error names it.
llvm::Expected<std::vector<UnitSummary>>
readSummaryFiles(llvm::ArrayRef<std::string> Paths);

/// Makes every file path in Unit absolute (relative to Directory) and
/// normalised, so units compiled in different directories agree on names.
void makePathsAbsolute(UnitSummary &Unit, llvm::StringRef Directory);

} // namespace onex

#endif // ONEX_CHECKER_SUMMARYIO_H
