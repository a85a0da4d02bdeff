//===- ToolConfig.h - .clang-tidy configuration for the standalone tool ---===//
//
// The standalone tool reads the same configuration as the clang-tidy
// plugin and onex-clangd, through clang-tidy's own options machinery: the
// nearest .clang-tidy of each file (with InheritParentConfig), or one file
// given by --config-file. The onex options are read by the reader all
// three front ends share (frontend/OptionReader.h), per check, so
// "<check>.<Option>" overrides work here too.
//
// Which checks run: the onex checks a configuration's `Checks` enables, if
// it names any onex check; every onex check if it names none (a `-*` meant
// for clang-tidy's own checks does not switch the gate off). --checks then
// applies on top, with clang-tidy's glob syntax.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_TOOLCONFIG_H
#define ONEX_TOOL_TOOLCONFIG_H

#include "checker/Config.h"
#include "frontend/ConfigCache.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <mutex>

namespace clang::tidy {
class ClangTidyOptionsProvider;
}

namespace onex::tool {

class ToolConfig {
public:
  /// ConfigFile: a .clang-tidy-format file used for every source instead
  /// of the nearest one (empty: look up per file). Checks: the --checks
  /// value (empty: none).
  static llvm::Expected<std::unique_ptr<ToolConfig>>
  create(llvm::StringRef ConfigFile, llvm::StringRef Checks);
  ~ToolConfig();

  /// The engine options of Check for File (Check empty: the global keys).
  llvm::Expected<EngineOptions> optionsFor(llvm::StringRef File,
                                           llvm::StringRef Check);

  /// The validated engine configuration of Check for File; errors name the
  /// option and the configuration file it came from, or the rule pack.
  llvm::Expected<std::shared_ptr<const EngineConfig>>
  engineConfigFor(llvm::StringRef File, llvm::StringRef Check);

  /// Keys in File's configuration that look like misspelt onex options.
  std::vector<std::string> warningsFor(llvm::StringRef File);

  /// Whether Check is enabled for findings located in File.
  bool isEnabled(llvm::StringRef Check, llvm::StringRef File);

  /// The effective check globs for File (for --list-checks).
  std::string checksFor(llvm::StringRef File);

private:
  ToolConfig() = default;
  struct PerDirectory;
  PerDirectory &lookup(llvm::StringRef File);

  std::unique_ptr<clang::tidy::ClangTidyOptionsProvider> Provider;
  std::string ConfigFile; // Absolute; empty without --config-file.
  std::string CommandLineChecks;
  ConfigCache Configs;
  std::mutex Mutex;
  llvm::StringMap<std::unique_ptr<PerDirectory>> Directories;
};

} // namespace onex::tool

#endif // ONEX_TOOL_TOOLCONFIG_H
