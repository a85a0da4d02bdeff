//===- ToolConfig.cpp -----------------------------------------------------===//

#include "ToolConfig.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "frontend/ConfigFiles.h"
#include "frontend/OptionReader.h"
#include "frontend/Paths.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace onex::tool {

using clang::tidy::ClangTidyOptions;
using clang::tidy::ClangTidyOptionsProvider;

struct ToolConfig::PerDirectory {
  /// A .clang-tidy the lookup reads but cannot use (clang-tidy's provider
  /// skips it): the configuration of every file here is an error.
  std::string ConfigError;
  TidyOptionMap Options;
  std::vector<ClangTidyOptionsProvider::OptionsSource> Layers;
  std::string Checks;
  std::unique_ptr<clang::tidy::CachedGlobList> Enabled;

  std::string originOf(llvm::StringRef Key) const {
    auto It = Options.find(Key);
    return It == Options.end() ? ""
                               : originInLayers(Layers, Key, It->second.Value);
  }
};

namespace {

/// See the file comment: a configuration that never mentions onex leaves
/// every onex check on.
std::string effectiveChecks(const ClangTidyOptions &Opts,
                            llvm::StringRef CommandLine) {
  std::string Checks = "onex-*";
  if (Opts.Checks && llvm::StringRef(*Opts.Checks).contains("onex"))
    Checks = *Opts.Checks;
  if (!CommandLine.empty())
    Checks += "," + CommandLine.str();
  return Checks;
}

llvm::Expected<ClangTidyOptions> readConfigFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(
        Buffer.getError(), "cannot read config file '%s': %s",
        Path.str().c_str(), Buffer.getError().message().c_str());
  return parseConfigFile(Path, (*Buffer)->getBuffer());
}

ClangTidyOptions defaults() {
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = std::nullopt; // "Not mentioned" must stay visible.
  return Defaults;
}

} // namespace

llvm::Expected<std::unique_ptr<ToolConfig>>
ToolConfig::create(llvm::StringRef ConfigFile, llvm::StringRef Checks) {
  std::unique_ptr<ToolConfig> Result(new ToolConfig());
  std::string Unknown = unknownCheckInList(Checks, " in --checks");
  if (!Unknown.empty())
    return llvm::createStringError(std::errc::invalid_argument, "%s",
                                   Unknown.c_str());
  Result->CommandLineChecks = Checks.str();
  if (ConfigFile.empty()) {
    Result->Provider = std::make_unique<clang::tidy::FileOptionsProvider>(
        clang::tidy::ClangTidyGlobalOptions(), defaults(), ClangTidyOptions());
    return Result;
  }
  // The file is the one layer on top of the defaults, under its own name:
  // messages and relative paths refer to it (clang-tidy's ConfigOptions-
  // Provider would call it "command-line option '-config'").
  Result->ConfigFile = absolutePath(ConfigFile);
  llvm::Expected<ClangTidyOptions> Config = readConfigFile(Result->ConfigFile);
  if (!Config)
    return Config.takeError();
  Result->Provider = std::make_unique<clang::tidy::ConfigOptionsProvider>(
      clang::tidy::ClangTidyGlobalOptions(), defaults(), std::move(*Config),
      ClangTidyOptions());
  return Result;
}

ToolConfig::~ToolConfig() = default;

ToolConfig::PerDirectory &ToolConfig::lookup(llvm::StringRef File) {
  // Options depend only on the directory (the nearest .clang-tidy), so
  // they are computed once per directory.
  llvm::StringRef Dir = llvm::sys::path::parent_path(File);
  std::lock_guard<std::mutex> Lock(Mutex);
  auto [It, Inserted] = Directories.try_emplace(Dir);
  if (!Inserted)
    return *It->second;
  It->second = std::make_unique<PerDirectory>();
  PerDirectory &D = *It->second;
  if (ConfigFile.empty())
    if (llvm::Error E =
            validateConfigFilesFor(File, *llvm::vfs::getRealFileSystem())) {
      // Not read through the provider, which would add its own "Error
      // parsing" line and go on without the file.
      D.ConfigError = llvm::toString(std::move(E));
      D.Checks = effectiveChecks(ClangTidyOptions(), CommandLineChecks);
      D.Enabled = std::make_unique<clang::tidy::CachedGlobList>(D.Checks);
      return D;
    }
  ClangTidyOptions Opts = Provider->getOptions(File);
  D.Options = Opts.CheckOptions;
  D.Layers = Provider->getRawOptions(File);
  if (!ConfigFile.empty())
    for (auto &[Layer, Source] : D.Layers)
      if (Source == clang::tidy::ConfigOptionsProvider::
                        OptionsSourceTypeConfigCommandLineOption)
        Source = ConfigFile;
  // A misspelt onex check in a file's Checks would silently leave that
  // check on (or off): an error, naming the file.
  for (const auto &[Layer, Source] : D.Layers)
    if (Layer.Checks && D.ConfigError.empty())
      D.ConfigError = unknownCheckInList(*Layer.Checks,
                                         " in Checks of '" + Source + "'");
  D.Checks = effectiveChecks(Opts, CommandLineChecks);
  D.Enabled = std::make_unique<clang::tidy::CachedGlobList>(D.Checks);
  return D;
}

llvm::Expected<EngineOptions> ToolConfig::optionsFor(llvm::StringRef File,
                                                     llvm::StringRef Check) {
  const PerDirectory &D = lookup(File);
  if (!D.ConfigError.empty())
    return llvm::createStringError(std::errc::invalid_argument, "%s",
                                   D.ConfigError.c_str());
  return readEngineOptions(
      D.Options, Check, [&](llvm::StringRef Key) { return D.originOf(Key); });
}

llvm::Expected<std::shared_ptr<const EngineConfig>>
ToolConfig::engineConfigFor(llvm::StringRef File, llvm::StringRef Check) {
  auto Options = optionsFor(File, Check);
  if (!Options)
    return Options.takeError();
  return Configs.get(*Options);
}

std::vector<std::string> ToolConfig::warningsFor(llvm::StringRef File) {
  const PerDirectory &D = lookup(File);
  return unknownOptionWarnings(
      D.Options, [&](llvm::StringRef Key) { return D.originOf(Key); });
}

bool ToolConfig::isEnabled(llvm::StringRef Check, llvm::StringRef File) {
  PerDirectory &D = lookup(File);
  std::lock_guard<std::mutex> Lock(Mutex);
  return D.Enabled->contains(Check);
}

std::string ToolConfig::checksFor(llvm::StringRef File) {
  return lookup(File).Checks;
}

} // namespace onex::tool
