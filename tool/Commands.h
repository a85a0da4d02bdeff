//===- Commands.h - The gate, extract and link commands -------------------===//

#ifndef ONEX_TOOL_COMMANDS_H
#define ONEX_TOOL_COMMANDS_H

#include "BuildPrograms.h"
#include "CompileCommands.h"
#include "MapRenderers.h"
#include "Pipeline.h"

namespace onex::tool {

struct GateRequest {
  CommandRequest Units;
  ProgramSource Programs = ProgramSource::Auto;
  unsigned Jobs = 0;
  std::string CacheDir;
  bool Stats = false;
  /// `why <reducer>`: print the certificates of the entry points so named
  /// instead of the findings (WhyReport.h).
  std::string Why;
  /// `map`: draw the architecture (MapRenderers.h) instead of reporting.
  std::optional<MapFormat> Map;
};

struct ExtractRequest {
  CommandRequest Unit;              // Exactly one source, or a compile line.
  std::vector<std::string> Compile; // The compile line after "--".
  std::string Output;
  std::string Depfile;
};

struct LinkRequest {
  std::vector<std::string> Summaries;
  std::string EmitIndex;
  bool Stats = false;
};

int runGate(const GateRequest &Request, ToolConfig &Config,
            const OutputOptions &Output);
int runExtract(const ExtractRequest &Request, ToolConfig &Config);
int runLink(const LinkRequest &Request, ToolConfig &Config,
            const OutputOptions &Output);

/// --list-checks: the onex checks enabled for files in the current
/// directory, one per line.
int listChecks(ToolConfig &Config);
/// --explain <check>: the check's documentation page.
int explainCheck(llvm::StringRef Check);

} // namespace onex::tool

#endif // ONEX_TOOL_COMMANDS_H
