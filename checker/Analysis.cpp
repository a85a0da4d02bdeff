//===- Analysis.cpp -------------------------------------------------------===//

#include "checker/Analysis.h"
#include "checker/ConstReducers.h"
#include "checker/Extractor.h"
#include "checker/Linker.h"
#include "checker/PayloadAnalysis.h"
#include "checker/Reachability.h"
#include "llvm/ADT/StringSet.h"

namespace onex {

namespace {

/// Anchoring can bring two operations of another unit to one call site;
/// the first (in location order) stands for both.
void deduplicate(std::vector<Finding> &Findings) {
  llvm::StringSet<> Seen;
  llvm::erase_if(Findings, [&](const Finding &F) {
    return !Seen.insert(F.identityKey()).second;
  });
}

/// The declaration-level findings (intent payloads, reducers that could be
/// const), with the NOLINT comments at their sites.
std::vector<Finding> localFindings(clang::ASTContext &Ctx,
                                   const EngineConfig &Config, Extractor &Ex) {
  std::vector<Finding> Findings =
      findPayloadViolations(Ctx, Config, Ex.roles(), Ex.rules());
  llvm::append_range(Findings, findReducersThatCouldBeConst(Ctx, Ex.roles()));
  for (Finding &F : Findings) {
    assert(F.Primary.Loc.isValid() && "a local finding is in the unit");
    F.Primary.Waivers = Ex.nolint().waiversAt(F.Primary.Loc);
    F.applyWaivers();
  }
  return Findings;
}

AnalysisStats statsOf(const ProgramSummary &Program, const Extractor &Ex) {
  AnalysisStats Stats;
  Stats.Functions = Program.size();
  Stats.ScannedBodies = Ex.scannedBodies();
  Stats.CallEdges = Program.callEdgeCount();
  return Stats;
}

} // namespace

bool anchorInUnit(Finding &F) {
  return F.moveToDeepestStep(
      [](const ChainStep &S) { return S.Site.Loc.isValid(); },
      /*KeepTrail=*/true);
}

AnalysisResult analyzeTranslationUnit(clang::ASTContext &Ctx,
                                      const EngineConfig &Config,
                                      const ProgramSummary *Index) {
  ProgramSummary Program;
  Extractor Ex(Ctx, Config, Program);
  Ex.extractFromEntries();

  AnalysisResult Result;
  if (Index)
    importFromIndex(Program, *Index);
  ReachabilityOptions Options;
  Options.OpaqueSystemCalls = Config.Options.OpaqueSystemCalls;
  // A function declared here and defined in another file is not a hole in
  // the analysis of this one unit (the gate links the files): it is
  // reported in strict mode, or when the index says nobody defines it.
  Options.OpaqueUserDeclarations = Config.Options.OpaqueSystemCalls || Index;
  for (Finding &F : findViolations(Program, Options)) {
    // In this unit, clang-tidy applies NOLINT itself (the finding keeps
    // the engine's verdict, which is the same).
    if (F.Primary.Loc.isValid()) {
      Result.Findings.push_back(std::move(F));
      continue;
    }
    // From the index: a NOLINT at the operation, which clang-tidy will
    // not see once the finding is anchored in this unit, still applies.
    if (!F.Suppressed && anchorInUnit(F))
      Result.Findings.push_back(std::move(F));
  }
  deduplicate(Result.Findings);
  llvm::append_range(Result.Findings, localFindings(Ctx, Config, Ex));
  sortFindings(Result.Findings);
  Result.Stats = statsOf(Program, Ex);
  return Result;
}

UnitExtraction summarizeTranslationUnit(clang::ASTContext &Ctx,
                                        const EngineConfig &Config) {
  UnitExtraction Result;
  Extractor Ex(Ctx, Config, Result.Unit.Program);
  Ex.setScanEscapeHatches(true);
  Ex.extractAllDefinitions();
  Ex.noteModifiedVariables();
  Result.Unit.LocalFindings = localFindings(Ctx, Config, Ex);
  sortFindings(Result.Unit.LocalFindings);
  Result.Stats = statsOf(Result.Unit.Program, Ex);
  return Result;
}

} // namespace onex
