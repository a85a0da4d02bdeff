//===- Analysis.h - The engine's entry point for one translation unit -----===//

#ifndef ONEX_CHECKER_ANALYSIS_H
#define ONEX_CHECKER_ANALYSIS_H

#include "checker/Config.h"
#include "checker/Finding.h"
#include "checker/Summary.h"
#include "checker/SummaryIO.h"
#include "clang/AST/ASTContext.h"
#include <vector>

namespace onex {

struct AnalysisStats {
  unsigned Functions = 0;
  unsigned ScannedBodies = 0;
  unsigned CallEdges = 0;
};

struct AnalysisResult {
  std::vector<Finding> Findings;
  AnalysisStats Stats;
};

/// Summarises what the entry points of the translation unit reach and
/// returns the findings, in a deterministic order.
AnalysisResult analyzeTranslationUnit(clang::ASTContext &Ctx,
                                      const EngineConfig &Config);

struct UnitExtraction {
  UnitSummary Unit;
  AnalysisStats Stats;
};

/// The first phase of whole-program analysis: summarises every function
/// the unit defines in user code (and whatever they call), including the
/// bodies of escape hatches, plus the unit's type-level findings.
UnitExtraction summarizeTranslationUnit(clang::ASTContext &Ctx,
                                        const EngineConfig &Config);

} // namespace onex

#endif // ONEX_CHECKER_ANALYSIS_H
