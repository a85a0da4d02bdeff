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
};

/// Summarises every command, using the cache where it can. Outcomes come
/// back in the order of Commands, whatever finished first.
std::vector<UnitOutcome>
summarizeUnits(const std::vector<clang::tooling::CompileCommand> &Commands,
               ToolConfig &Config, const ExtractOptions &Options);

} // namespace onex::tool

#endif // ONEX_TOOL_DRIVER_H
