//===- Report.h - What one run found, ready to render ---------------------===//
//
// The link phase's findings after the tool's own filters (enabled checks,
// NOLINT, baseline), with a stable fingerprint each, plus the units that
// could not be analysed. Renderers read a Report and nothing else.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_REPORT_H
#define ONEX_TOOL_REPORT_H

#include "SourceText.h"
#include "checker/Finding.h"
#include "checker/Reachability.h"
#include <string>
#include <vector>

namespace onex::tool {

/// A baseline entry as recorded: its check and where it was.
struct BaselineEntry {
  std::string Check;
  std::string File; // As the baseline spells it (relative to the root).
  unsigned Line = 0;
};

struct UnitFailure {
  std::string File;
  std::string Reason;
};

struct Report {
  /// Sorted; suppressed findings are kept (SARIF lists them), the text
  /// formats skip them.
  std::vector<Finding> Findings;
  std::vector<std::string> Fingerprints; // One per finding.
  std::vector<UnitFailure> Failures;
  std::string SourceRoot; // Absolute; paths are shown relative to it.
  /// The run compared its findings with a baseline: SARIF marks each
  /// result "new", and lists the baseline's ones as "unchanged".
  bool AgainstBaseline = false;
  unsigned Baselined = 0; // Findings dropped because the baseline has them.
  /// The findings the baseline holds (what --baseline-prune keeps).
  std::vector<Finding> BaselinedFindings;
  std::vector<std::string> BaselinedFingerprints;
  /// Baseline entries that no current finding matches: fixed debt, sorted
  /// by file, line and check.
  std::vector<BaselineEntry> Fixed;
  /// `why`: what each named reducer's verdict rests on, and the rule packs
  /// consulted (SARIF carries them as run properties).
  std::vector<Certificate> Certificates;
  std::vector<std::string> RulePacks;

  unsigned unsuppressedCount() const;
};

/// "path:line: 'caller' calls 'callee' here", for formats without notes.
std::string chainLine(const ChainStep &Step, const Report &R);

/// The fingerprint key used in SARIF partialFingerprints and baselines.
inline constexpr const char *FingerprintKey = "onexPurity/v2";

/// Fills Fingerprints: a hash of the check, the function the operation is
/// in and the operation's source line with whitespace removed, then ":N"
/// to tell identical ones apart. No line numbers, so edits elsewhere in a
/// file keep them stable; no entry point, so a new or renamed reducer that
/// reaches an accepted finding does not bring it back.
void computeFingerprints(Report &R, SourceText &Sources);

} // namespace onex::tool

#endif // ONEX_TOOL_REPORT_H
