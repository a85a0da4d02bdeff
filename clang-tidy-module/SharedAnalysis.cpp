//===- SharedAnalysis.cpp -------------------------------------------------===//

#include "SharedAnalysis.h"
#include <map>
#include <mutex>
#include <tuple>

namespace onex::tidy {

std::shared_ptr<const AnalysisResult>
sharedAnalysis(clang::ASTContext &Ctx,
               const std::shared_ptr<const EngineConfig> &Config) {
  // clangd builds ASTs on several threads, hence the lock; the translation
  // unit's address is part of the key so a reused ASTContext address can
  // never return another unit's result.
  using Key =
      std::tuple<const clang::ASTContext *, const void *, const EngineConfig *>;
  static std::mutex Mutex;
  static std::map<Key, std::weak_ptr<const AnalysisResult>> Cache;

  Key K{&Ctx, Ctx.getTranslationUnitDecl(), Config.get()};
  std::lock_guard<std::mutex> Lock(Mutex);
  for (auto It = Cache.begin(); It != Cache.end();)
    It = It->second.expired() ? Cache.erase(It) : std::next(It);
  if (auto Existing = Cache[K].lock())
    return Existing;
  auto Result = std::make_shared<const AnalysisResult>(
      analyzeTranslationUnit(Ctx, *Config));
  Cache[K] = Result;
  return Result;
}

} // namespace onex::tidy
