//===- SharedAnalysis.h - One engine run per translation unit -------------===//
//
// clang-tidy instantiates every enabled onex check for each translation
// unit, and each reports one category of the same analysis. The first check
// to ask runs the engine; the others get the same result. The cache holds
// results weakly: they die with the last check of the translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TIDY_SHAREDANALYSIS_H
#define ONEX_TIDY_SHAREDANALYSIS_H

#include "checker/Analysis.h"
#include <memory>

namespace onex::tidy {

std::shared_ptr<const AnalysisResult>
sharedAnalysis(clang::ASTContext &Ctx,
               const std::shared_ptr<const EngineConfig> &Config);

} // namespace onex::tidy

#endif // ONEX_TIDY_SHAREDANALYSIS_H
