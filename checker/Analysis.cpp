//===- Analysis.cpp -------------------------------------------------------===//

#include "checker/Analysis.h"
#include "checker/Extractor.h"
#include "checker/PayloadAnalysis.h"
#include "checker/Reachability.h"

namespace onex {

AnalysisResult analyzeTranslationUnit(clang::ASTContext &Ctx,
                                      const EngineConfig &Config) {
  ProgramSummary Program;
  Extractor Ex(Ctx, Config, Program);
  Ex.extractFromEntries();

  AnalysisResult Result;
  ReachabilityOptions Options;
  Options.OpaqueSystemCalls = Config.Options.OpaqueSystemCalls;
  Result.Findings = findViolations(Program, Options);
  for (Finding &F : findPayloadViolations(Ctx, Config, Ex.roles(), Ex.rules()))
    Result.Findings.push_back(std::move(F));
  sortFindings(Result.Findings);
  Result.Stats.Functions = Program.size();
  Result.Stats.ScannedBodies = Ex.scannedBodies();
  for (const FunctionSummary &S : Program.functions())
    Result.Stats.CallEdges += S.Calls.size();
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
  Result.Stats.Functions = Result.Unit.Program.size();
  Result.Stats.ScannedBodies = Ex.scannedBodies();
  for (const FunctionSummary &S : Result.Unit.Program.functions())
    Result.Stats.CallEdges += S.Calls.size();
  return Result;
}

} // namespace onex
