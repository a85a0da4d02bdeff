//===- ToolConfig.cpp -----------------------------------------------------===//

#include "ToolConfig.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace onex::tool {

using clang::tidy::ClangTidyOptions;

struct ToolConfig::PerDirectory {
  EngineOptions Options;
  std::string Checks;
  std::unique_ptr<clang::tidy::CachedGlobList> Enabled;
  std::string Source; // Where the options came from, for error messages.
};

namespace {

EngineOptions engineOptionsFrom(const ClangTidyOptions &Opts) {
  EngineOptions O;
  for (const OptionInfo &Info : engineOptionInfos()) {
    auto It = Opts.CheckOptions.find(Info.Name);
    if (It == Opts.CheckOptions.end())
      continue;
    llvm::StringRef Value = It->second.Value;
    if (Info.Text)
      O.*Info.Text = Value.str();
    else
      O.*Info.Flag = Value.equals_insensitive("true") || Value == "1";
  }
  return O;
}

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
  std::string Diagnostics;
  auto Parsed = clang::tidy::parseConfigurationWithDiags(
      (*Buffer)->getMemBufferRef(), [&](const llvm::SMDiagnostic &D) {
        llvm::raw_string_ostream OS(Diagnostics);
        D.print(nullptr, OS, /*ShowColors=*/false);
      });
  if (!Parsed)
    return llvm::createStringError(
        Parsed.getError(), "invalid config file '%s': %s", Path.str().c_str(),
        Diagnostics.empty() ? Parsed.getError().message().c_str()
                            : Diagnostics.c_str());
  return *Parsed;
}

} // namespace

llvm::Expected<std::unique_ptr<ToolConfig>>
ToolConfig::create(llvm::StringRef ConfigFile, llvm::StringRef Checks) {
  std::unique_ptr<ToolConfig> Result(new ToolConfig());
  Result->CommandLineChecks = Checks.str();
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = std::nullopt; // "Not mentioned" must stay visible.
  if (ConfigFile.empty()) {
    Result->Provider = std::make_unique<clang::tidy::FileOptionsProvider>(
        clang::tidy::ClangTidyGlobalOptions(), Defaults, ClangTidyOptions());
    return Result;
  }
  llvm::Expected<ClangTidyOptions> Config = readConfigFile(ConfigFile);
  if (!Config)
    return Config.takeError();
  Result->Provider = std::make_unique<clang::tidy::ConfigOptionsProvider>(
      clang::tidy::ClangTidyGlobalOptions(), Defaults, std::move(*Config),
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
  ClangTidyOptions Opts = Provider->getOptions(File);
  for (const auto &[Options, Source] : Provider->getRawOptions(File))
    if (!Source.empty() && Options.CheckOptions.size())
      D.Source = Source;
  D.Options = engineOptionsFrom(Opts);
  D.Checks = effectiveChecks(Opts, CommandLineChecks);
  D.Enabled = std::make_unique<clang::tidy::CachedGlobList>(D.Checks);
  return D;
}

EngineOptions ToolConfig::optionsFor(llvm::StringRef File) {
  return lookup(File).Options;
}

llvm::Expected<std::shared_ptr<const EngineConfig>>
ToolConfig::engineConfigFor(llvm::StringRef File) {
  PerDirectory &D = lookup(File);
  auto Compiled = cachedConfig(D.Options);
  if (Compiled || D.Source.empty())
    return Compiled;
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(), "%s (options from %s)",
      llvm::toString(Compiled.takeError()).c_str(), D.Source.c_str());
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
