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
  /// The qualified names of the unit's entry points, sorted: the editor
  /// never offers an escape hatch on one.
  std::vector<std::string> EntryPoints;

  bool isEntryPoint(llvm::StringRef QualifiedName) const;
};

struct UnitAnalysisOptions {
  /// What the rest of the program does (a summary index the front end
  /// loaded), or null.
  const ProgramSummary *Index = nullptr;
  /// The front end shows the main file only (an editor): a finding whose
  /// operation lies in a header is reported at the last call the main file
  /// makes on the way, as one from another unit is.
  bool AnchorInMainFile = false;
};

/// Summarises what the entry points of the translation unit reach and
/// returns the findings, in a deterministic order. Functions the unit
/// cannot see come from the index, and a finding whose operation lies in
/// another unit is reported at the last call the unit makes on the way
/// (see anchorInUnit).
AnalysisResult analyzeTranslationUnit(clang::ASTContext &Ctx,
                                      const EngineConfig &Config,
                                      const UnitAnalysisOptions &Options = {});

/// Moves a finding whose primary location is outside the unit (it has no
/// SourceLocation: it came from a summary index) to the deepest call on
/// its chain that the unit contains (with InMainFile, in the unit's main
/// file), naming the function it goes into; the rest of the chain and the
/// operation itself become notes. Returns false if no step qualifies.
bool anchorInUnit(Finding &F, const clang::SourceManager *InMainFile = nullptr);

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
