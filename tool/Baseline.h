//===- Baseline.h - Adopting the gate on legacy code ----------------------===//
//
// A baseline is a SARIF file from an earlier run (--write-baseline). Its
// results' fingerprints are the accepted debt: later runs report only
// findings whose fingerprint it does not hold.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_BASELINE_H
#define ONEX_TOOL_BASELINE_H

#include "Report.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"

namespace onex::tool {

/// The entries of a SARIF baseline by fingerprint, with the check and place
/// each was recorded at; errors name the file and problem.
using BaselineEntries = llvm::StringMap<BaselineEntry>;
llvm::Expected<BaselineEntries> readBaseline(llvm::StringRef Path);

/// Moves the findings (and their fingerprints) that Baseline holds to
/// R.BaselinedFindings, counts them in R.Baselined, and lists in R.Fixed
/// the baseline entries no finding matches (by file, line and check).
void applyBaseline(Report &R, const BaselineEntries &Baseline);

} // namespace onex::tool

#endif // ONEX_TOOL_BASELINE_H
