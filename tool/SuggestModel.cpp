//===- SuggestModel.cpp ---------------------------------------------------===//

#include "SuggestModel.h"
#include "Pipeline.h"
#include "SourceText.h"
#include "UnitRunner.h"
#include "checker/ModelDraft.h"
#include "frontend/Paths.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include <set>
#include <tuple>

namespace onex::tool {

namespace {

struct UnitKeys {
  std::vector<KeyUse> Uses;
  std::string Failure;
  std::string Diagnostics;
};

UnitKeys keysOf(const clang::tooling::CompileCommand &Command,
                llvm::StringRef TypeName) {
  UnitKeys Out;
  Out.Failure = parseUnit(
      Command, /*ColorDiagnostics=*/false, Out.Diagnostics,
      [&](clang::ASTContext &Ctx) { Out.Uses = findKeyUses(Ctx, TypeName); });
  for (KeyUse &U : Out.Uses)
    U.Where.File = absolutePath(U.Where.File, Command.Directory);
  return Out;
}

/// The base class of the model: the configuration's first model base.
std::string modelBase(ToolConfig &Config) {
  auto Options = Config.optionsFor(absolutePath("onex-purity.cpp"), "");
  std::string Bases = Options ? Options->ModelBaseClasses : "";
  llvm::consumeError(Options.takeError());
  return modelBaseName(Bases);
}

} // namespace

int runSuggestModel(const SuggestModelRequest &Request, ToolConfig &Config) {
  auto Loaded = loadCompileCommands(Request.Units);
  if (!Loaded) {
    llvm::WithColor::error(llvm::errs(), "onex-purity")
        << llvm::toString(Loaded.takeError()) << "\n";
    return ExitError;
  }
  const auto &Commands = Loaded->Commands;
  std::vector<UnitKeys> Units(Commands.size());
  {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Request.Jobs));
    for (size_t I = 0; I < Commands.size(); ++I)
      Pool.async([&, I] { Units[I] = keysOf(Commands[I], Request.TypeName); });
    Pool.wait();
  }
  // In command order; a header read by several units counts once.
  std::vector<KeyUse> Uses;
  std::set<std::tuple<std::string, std::string, unsigned, unsigned>> Seen;
  bool Failed = false;
  for (size_t I = 0; I < Units.size(); ++I) {
    if (!Units[I].Failure.empty()) {
      llvm::errs() << Units[I].Diagnostics;
      llvm::WithColor::error(llvm::errs(), "onex-purity")
          << absoluteSourcePath(Commands[I]) << ": " << Units[I].Failure
          << "\n";
      Failed = true;
    }
    for (KeyUse &U : Units[I].Uses)
      if (Seen.insert({U.Key, U.Where.File, U.Where.Line, U.Where.Column})
              .second) {
        U.Where.File = relativeTo(U.Where.File, Request.SourceRoot);
        Uses.push_back(std::move(U));
      }
  }
  if (Failed)
    return ExitError; // A model from part of the code would miss keys.
  if (Uses.empty()) {
    llvm::WithColor::error(llvm::errs(), "onex-purity")
        << "no constant key of '" << Request.TypeName << "' in "
        << Commands.size() << (Commands.size() == 1 ? " unit" : " units")
        << " (name the type as the code spells it, e.g. nlohmann::json or "
           "an alias; keys must be string literals)\n";
    return ExitError;
  }
  llvm::outs() << draftModel(Request.ModelName, modelBase(Config),
                             Request.TypeName, Uses);
  return ExitClean;
}

} // namespace onex::tool
