//===- Pipeline.h - From linked findings to output and an exit code -------===//
//
// Shared by `onex-purity` and `onex-purity link`: keep the enabled checks,
// fingerprint, apply or write the baseline, render. (NOLINT waivers come
// with the findings: the engine records them in the summaries.)
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_PIPELINE_H
#define ONEX_TOOL_PIPELINE_H

#include "Renderers.h"
#include "ToolConfig.h"
#include "checker/Linker.h"

namespace onex::tool {

/// Exit codes, as documented in --help and the README.
enum ExitCode { ExitClean = 0, ExitFindings = 1, ExitError = 2 };

struct OutputOptions {
  OutputFormat Format = OutputFormat::Text;
  std::string OutputFile; // Empty: stdout.
  /// Also write the report as SARIF here (the text stays on stdout).
  std::string SarifOutput;
  std::string Baseline;
  std::string WriteBaseline;
  /// With Baseline: rewrite it without the entries that no longer occur.
  bool PruneBaseline = false;
  std::string SourceRoot; // Absolute.
  bool Quiet = false;
  std::optional<bool> Color; // Unset: when stdout is a terminal.
  bool LineNumbers = true;
};

/// The colour the user asked for, in this order: the command line
/// (--color=always|never, or --use-color), NO_COLOR set and not empty
/// (https://no-color.org: off), FORCE_COLOR set and neither empty nor "0"
/// (https://force-color.org: on). nullopt: decide by the terminal.
std::optional<bool> requestedColor();
/// Records the command line's choice (nullopt: --color=auto or none).
void setCommandLineColor(std::optional<bool> Choice);

/// Whether diagnostics on stderr may be coloured.
bool stderrHasColors();

/// Lets Write fill a temporary file beside Path, renamed to Path when
/// complete (a special file such as /dev/full is written in place); on
/// failure (including a write that fails on a full disk) prints "cannot
/// write '<Path>': <reason>", leaves Path as it was, and returns false.
bool writeFile(llvm::StringRef Path,
               llvm::function_ref<void(llvm::raw_ostream &)> Write);

/// Whether Path names standard output: "" or "-".
inline bool isStdout(llvm::StringRef Path) {
  return Path.empty() || Path == "-";
}

/// As writeFile, and for "" or "-" to standard output, flushed, a failed
/// write reported the same way ("cannot write '<stdout>': ...").
bool writeOutput(llvm::StringRef Path,
                 llvm::function_ref<void(llvm::raw_ostream &)> Write);

/// Whether Path can be written as writeFile writes it, checked before the
/// analysis runs without creating or truncating anything; prints the same
/// line as writeFile when not. "" and "-" (stdout) are always writable.
bool checkWritable(llvm::StringRef Path);

/// Renders Findings and returns the exit code: ExitError if any unit
/// failed or output could not be written, else ExitFindings if an
/// unsuppressed finding remains, else ExitClean.
/// Notes are further lines of the text summary ("intent contracts: not
/// checked ...").
int reportFindings(std::vector<Finding> Findings,
                   std::vector<UnitFailure> Failures, unsigned Units,
                   ToolConfig &Config, const OutputOptions &Options,
                   llvm::ArrayRef<std::string> Notes = {});

} // namespace onex::tool

#endif // ONEX_TOOL_PIPELINE_H
