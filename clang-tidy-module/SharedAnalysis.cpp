//===- SharedAnalysis.cpp -------------------------------------------------===//

#include "SharedAnalysis.h"
#include "EditorActions.h"

namespace onex::tidy {

TidyFrontEnd &TidyFrontEnd::instance() {
  static TidyFrontEnd FrontEnd;
  return FrontEnd;
}

std::shared_ptr<const SharedResult>
TidyFrontEnd::analysis(clang::ASTContext &Ctx,
                       const std::shared_ptr<const EngineConfig> &Config) {
  // clangd builds ASTs on several threads, hence the lock; the translation
  // unit's address is part of the key so a reused ASTContext address can
  // never return another unit's result.
  Key K{&Ctx, Ctx.getTranslationUnitDecl(), Config.get()};
  std::lock_guard<std::mutex> Lock(Mutex);
  std::erase_if(Results, [](const auto &E) { return E.second.expired(); });
  if (auto Existing = Results[K].lock())
    return Existing;
  auto Result = std::make_shared<SharedResult>();
  std::shared_ptr<const ProgramSummary> Index;
  if (!Config->Options.SummaryIndex.empty()) {
    auto Loaded = Indexes.get(Config->Options.SummaryIndex);
    if (Loaded)
      Index = *Loaded;
    else
      Result->IndexError = llvm::toString(Loaded.takeError());
  }
  UnitAnalysisOptions Options;
  Options.Index = Index.get();
  // The editor shows the main file's diagnostics only.
  Options.AnchorInMainFile = editorActionsEnabled();
  Result->Analysis = analyzeTranslationUnit(Ctx, *Config, Options);
  Results[K] = Result;
  return Result;
}

bool TidyFrontEnd::firstTimeFor(llvm::StringRef File, llvm::StringRef Message) {
  std::lock_guard<std::mutex> Lock(Mutex);
  if (ShownFile != File) {
    ShownFile = File.str();
    Shown.clear();
  }
  return Shown.insert(Message).second;
}

} // namespace onex::tidy
