//===- Driver.h - Phase 1 over many units, in parallel --------------------===//

#ifndef ONEX_TOOL_DRIVER_H
#define ONEX_TOOL_DRIVER_H

#include "SummaryCache.h"
#include "UnitRunner.h"
#include <vector>

namespace onex::tool {

struct ExtractOptions {
  unsigned Jobs = 0;             // 0: every core.
  SummaryCache *Cache = nullptr; // Optional.
  bool Progress = false;         // A progress line on stderr.
  bool Color = false;            // Colour in captured compiler diagnostics.
  /// Whose options the units are summarised with (see CheckGroup).
  std::string Check;
};

/// Called with each outcome in the order of the commands, whatever finished
/// first (so a linker fed from it is deterministic), one call at a time.
/// It may move the summary out: the driver keeps the rest of the outcome.
using OutcomeConsumer = llvm::function_ref<void(UnitOutcome &)>;

/// Summarises every command, using the cache where it can, and hands each
/// outcome to Consume as soon as all earlier ones have been handed over.
/// Returns the outcomes in the order of Commands.
std::vector<UnitOutcome>
summarizeUnits(const std::vector<clang::tooling::CompileCommand> &Commands,
               ToolConfig &Config, const ExtractOptions &Options,
               OutcomeConsumer Consume);

} // namespace onex::tool

#endif // ONEX_TOOL_DRIVER_H
