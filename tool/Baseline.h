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
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

namespace onex::tool {

/// The fingerprints in a SARIF baseline; errors name the file and problem.
llvm::Expected<llvm::StringSet<>> readBaseline(llvm::StringRef Path);

/// Moves the findings (and their fingerprints) that Baseline holds to
/// R.BaselinedFindings, counts them in R.Baselined, and counts in
/// R.NoLongerOccur the baseline entries no finding matches.
void applyBaseline(Report &R, const llvm::StringSet<> &Baseline);

} // namespace onex::tool

#endif // ONEX_TOOL_BASELINE_H
