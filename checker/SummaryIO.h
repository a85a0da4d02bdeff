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
constexpr unsigned SummaryFormatVersion = 8;

/// Serialises Unit as compact JSON.
std::string writeUnitSummary(const UnitSummary &Unit);

/// Serialises a linked program as a summary index (the SummaryIndex option
/// reads it like any unit summary).
std::string writeSummaryIndex(const ProgramSummary &Program);

/// Parses what writeUnitSummary wrote. Errors name Path and what is wrong.
llvm::Expected<UnitSummary> readUnitSummary(llvm::StringRef Text,
                                            llvm::StringRef Path);

/// Calls Visit on every location in Unit (function declarations,
/// operations, calls, writes, intents, local findings and their notes).
void forEachLocationIn(const UnitSummary &Unit,
                       llvm::function_ref<void(const Location &)> Visit);

/// Calls Visit on every file name in Unit (its main file and every
/// location's), so a front end can rewrite them (make them absolute).
void forEachFileName(UnitSummary &Unit,
                     llvm::function_ref<void(std::string &)> Visit);

} // namespace onex

#endif // ONEX_CHECKER_SUMMARYIO_H
