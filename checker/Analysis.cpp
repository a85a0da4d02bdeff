//===- Analysis.cpp -------------------------------------------------------===//

#include "checker/Analysis.h"
#include "checker/Extractor.h"
#include "checker/Linker.h"
#include "checker/Nolint.h"
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

AnalysisStats statsOf(const ProgramSummary &Program, const Extractor &Ex) {
  AnalysisStats Stats;
  Stats.Functions = Program.size();
  Stats.ScannedBodies = Ex.scannedBodies();
  Stats.CallEdges = Program.callEdgeCount();
  return Stats;
}

} // namespace

bool anchorInUnit(Finding &F) {
  auto InUnit = llvm::find_if(llvm::reverse(F.Chain), [](const ChainStep &S) {
    return S.Site.Loc.isValid();
  });
  if (InUnit == F.Chain.rend())
    return false;
  size_t Index = F.Chain.size() - 1 - (InUnit - F.Chain.rbegin());
  std::vector<std::pair<Location, std::string>> Notes;
  for (size_t I = Index + 1; I < F.Chain.size(); ++I)
    Notes.emplace_back(F.Chain[I].Site, Finding::noteFor(F.Chain[I]));
  Notes.emplace_back(F.Primary, F.What + " is here");
  llvm::append_range(Notes, F.Notes);
  F.Notes = std::move(Notes);
  F.Primary = F.Chain[Index].Site;
  F.Inside = F.Chain[Index].Callee;
  F.Chain.resize(Index);
  return true;
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
  NolintIndex Waivers; // For operations in other units (see below).
  for (Finding &F : findViolations(Program, Options)) {
    if (F.Primary.Loc.isValid()) {
      Result.Findings.push_back(std::move(F));
      continue;
    }
    // From the index: a NOLINT at the operation, which clang-tidy will
    // not see once the finding is anchored in this unit, still applies.
    if (!Waivers.find(F.Primary, F.checkName()) && anchorInUnit(F))
      Result.Findings.push_back(std::move(F));
  }
  deduplicate(Result.Findings);
  for (Finding &F : findPayloadViolations(Ctx, Config, Ex.roles(), Ex.rules()))
    Result.Findings.push_back(std::move(F));
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
  Result.Unit.LocalFindings =
      findPayloadViolations(Ctx, Config, Ex.roles(), Ex.rules());
  sortFindings(Result.Unit.LocalFindings);
  Result.Stats = statsOf(Result.Unit.Program, Ex);
  return Result;
}

} // namespace onex
