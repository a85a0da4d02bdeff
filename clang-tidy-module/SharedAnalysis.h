//===- SharedAnalysis.h - The clang-tidy front end's state ----------------===//
//
// clang-tidy instantiates every enabled onex check for each translation
// unit, and each reports one category of the same analysis. This front end
// owns what they share, so the engine keeps none of it:
//  - compiled configurations and loaded summary indexes (caches with
//    bounds, see frontend/);
//  - one engine run per translation unit and configuration: the first
//    check to ask runs it, the others get the same result (held weakly, so
//    it dies with the last check of the unit);
//  - which configuration messages this unit has shown, so ten checks with
//    the same bad option print it once.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TIDY_SHAREDANALYSIS_H
#define ONEX_TIDY_SHAREDANALYSIS_H

#include "checker/Analysis.h"
#include "frontend/ConfigCache.h"
#include "frontend/SummaryIndexCache.h"
#include "llvm/ADT/StringSet.h"
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

namespace onex::tidy {

struct SharedResult {
  AnalysisResult Analysis;
  /// A problem loading the SummaryIndex: the unit was analysed without it.
  std::string IndexError;
};

class TidyFrontEnd {
public:
  static TidyFrontEnd &instance();

  ConfigCache &configs() { return Configs; }

  /// The analysis of the unit of Ctx under Config.
  std::shared_ptr<const SharedResult>
  analysis(clang::ASTContext &Ctx,
           const std::shared_ptr<const EngineConfig> &Config);

  /// Whether Message is new for File (the unit being analysed); each
  /// message is shown once per unit.
  bool firstTimeFor(llvm::StringRef File, llvm::StringRef Message);

private:
  ConfigCache Configs;
  SummaryIndexCache Indexes;
  std::mutex Mutex;
  using Key =
      std::tuple<const clang::ASTContext *, const void *, const EngineConfig *>;
  std::map<Key, std::weak_ptr<const SharedResult>> Results;
  std::string ShownFile;
  llvm::StringSet<> Shown;
};

} // namespace onex::tidy

#endif // ONEX_TIDY_SHAREDANALYSIS_H
