//===- UnitRunner.h - Phase 1: one translation unit to one summary --------===//
//
// Parses a unit with its compile command and summarises it. Compiler
// diagnostics are captured, not printed, so units analysed in parallel
// never interleave their output; the driver prints them in a stable order.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_UNITRUNNER_H
#define ONEX_TOOL_UNITRUNNER_H

#include "ToolConfig.h"
#include "checker/Analysis.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace onex::tool {

struct UnitOutcome {
  std::string File; // The unit's source file, absolute.
  std::optional<UnitSummary> Summary;
  /// Why the unit failed (unparsable, bad configuration); empty if it did
  /// not. A unit with compile errors still has a summary of what parsed.
  std::string Failure;
  std::string Diagnostics;               // The compiler's errors, rendered.
  std::vector<std::string> Dependencies; // Every file it read, sorted.
  AnalysisStats Stats;
  double Seconds = 0;
  bool FromCache = false;
};

/// The absolute, normalised path of Command's source file.
std::string absoluteSourcePath(const clang::tooling::CompileCommand &Command);

/// Parses one unit as the analysis does (syntax only, no warnings) and
/// hands its AST to Visit. Returns why it failed ("failed to parse (2
/// errors)"), empty if it did not; the compiler's errors go to Diagnostics.
/// A unit with compile errors is still visited with what parsed.
std::string parseUnit(const clang::tooling::CompileCommand &Command,
                      bool ColorDiagnostics, std::string &Diagnostics,
                      std::function<void(clang::ASTContext &)> Visit);

/// Parses and summarises one unit with the options of Check.
UnitOutcome summarizeUnit(const clang::tooling::CompileCommand &Command,
                          ToolConfig &Config, llvm::StringRef Check,
                          bool ColorDiagnostics);

} // namespace onex::tool

#endif // ONEX_TOOL_UNITRUNNER_H
