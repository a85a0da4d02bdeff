//===- Analysis.cpp -------------------------------------------------------===//

#include "checker/Analysis.h"
#include "checker/ConstReducers.h"
#include "checker/Extractor.h"
#include "checker/IntentContracts.h"
#include "checker/Linker.h"
#include "checker/PayloadAnalysis.h"
#include "checker/Reachability.h"
#include "checker/StableSort.h"
#include "llvm/ADT/StringMap.h"
#include <algorithm>
#include <tuple>

namespace onex {

namespace {

/// The note of an anchored finding that marks its operation, if it is one
/// (a finding moved out of a system header has no such note).
std::optional<size_t> operationNote(const Finding &F) {
  std::string Marker = F.What + " is here";
  for (size_t I = 0; I < F.Notes.size(); ++I)
    if (F.Notes[I].second == Marker)
      return I;
  return std::nullopt;
}

/// Whether F's operation is already among Group's: the first, or one
/// merged into it.
bool sameOperation(const Finding &Group, size_t GroupOp, const Finding &F,
                   size_t Op) {
  const Location &Where = F.Notes[Op].first;
  return llvm::any_of(
      llvm::drop_begin(Group.Notes, GroupOp),
      [&](const auto &Note) { return Note.first.samePlace(Where); });
}

/// The operations of a merged finding, from OperationNote on, in source
/// order (they were merged in message order).
void sortOperationNotes(Finding &F, size_t OperationNote) {
  std::vector<std::pair<Location, std::string>> Operations(
      std::make_move_iterator(F.Notes.begin() + OperationNote),
      std::make_move_iterator(F.Notes.end()));
  stableSort(Operations, [](const auto &A, const auto &B) {
    return std::tie(A.first.File, A.first.Line, A.first.Column) <
           std::tie(B.first.File, B.first.Line, B.first.Column);
  });
  F.Notes.resize(OperationNote);
  llvm::append_range(F.Notes, std::move(Operations));
}

/// Anchoring brings every operation a callee in another unit reaches to
/// the one call this unit makes: one diagnostic there ("'audit' reaches 3
/// impure operations") per check, each operation a note with its place,
/// instead of a stack of squiggles on one call. Findings of this unit keep
/// a place each; a duplicate of one of them (the same check at the same
/// place) goes.
void mergeAtAnchors(std::vector<Finding> &Findings) {
  sortFindings(Findings);
  struct Group {
    Finding Head;
    std::optional<size_t> OperationNote; // In Head.Notes.
    unsigned Operations = 1;
  };
  llvm::StringMap<size_t> GroupOf;
  std::vector<Group> Groups;
  for (Finding &F : Findings) {
    auto [It, New] = GroupOf.try_emplace(F.identityKey(), Groups.size());
    if (New) {
      std::optional<size_t> Note = operationNote(F);
      Groups.push_back({std::move(F), Note});
      continue;
    }
    Group &G = Groups[It->second];
    std::optional<size_t> Op = operationNote(F);
    if (!Op || !G.OperationNote ||
        sameOperation(G.Head, *G.OperationNote, F, *Op))
      continue; // The same report twice (or through another reducer).
    // Among several operations, each note says what it is: "call to
    // 'fopen' is here" becomes "call to 'fopen' performs I/O (stdio)".
    if (G.Operations++ == 1)
      G.Head.Notes[*G.OperationNote].second = G.Head.claim();
    G.Head.Notes.emplace_back(F.Notes[*Op].first, F.claim());
    G.Head.Message = "'" + G.Head.Inside + "' reaches " +
                     std::to_string(G.Operations) + " impure operations; " +
                     (G.Head.Chain.empty() ? "in " : "reachable from ") +
                     G.Head.entryLabel();
  }
  Findings.clear();
  for (Group &G : Groups) {
    if (G.Operations > 1)
      sortOperationNotes(G.Head, *G.OperationNote);
    Findings.push_back(std::move(G.Head));
  }
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

bool AnalysisResult::isEntryPoint(llvm::StringRef QualifiedName) const {
  return std::binary_search(EntryPoints.begin(), EntryPoints.end(),
                            QualifiedName.str());
}

bool anchorInUnit(Finding &F, const clang::SourceManager *InMainFile) {
  return F.moveToDeepestStep(
      [&](const ChainStep &S) {
        return S.Site.Loc.isValid() &&
               (!InMainFile || InMainFile->isInMainFile(
                                   InMainFile->getExpansionLoc(S.Site.Loc)));
      },
      /*KeepTrail=*/true);
}

AnalysisResult analyzeTranslationUnit(clang::ASTContext &Ctx,
                                      const EngineConfig &Config,
                                      const UnitAnalysisOptions &UnitOptions) {
  const ProgramSummary *Index = UnitOptions.Index;
  const clang::SourceManager &SM = Ctx.getSourceManager();
  const clang::SourceManager *MainFileOnly =
      UnitOptions.AnchorInMainFile ? &SM : nullptr;
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
  std::vector<Emission> Emissions;
  std::vector<Finding> Found = findViolations(Program, Options, &Emissions);
  // The contracts need the other units' handlers: only with an index.
  if (Index) {
    ContractScope Scope;
    Scope.OtherHandlers = Index;
    Scope.ReportDeadHandlers = false;
    Scope.ExternalIntents = Config.Options.ExternalIntents;
    llvm::append_range(Found, checkIntentContracts(Program, Emissions, Scope));
  }
  for (Finding &F : Found) {
    if (F.Primary.Loc.isInvalid()) {
      // From the index: a NOLINT at the operation, which clang-tidy will
      // not see once the finding is anchored in this unit, still applies.
      if (!F.Suppressed && anchorInUnit(F, MainFileOnly))
        Result.Findings.push_back(std::move(F));
      continue;
    }
    // In this unit, clang-tidy applies NOLINT itself (the finding keeps
    // the engine's verdict, which is the same). An editor shows the main
    // file only: an operation in a header goes to the main file's call if
    // it makes one on the way, and stays where it is otherwise.
    if (MainFileOnly && !F.Suppressed &&
        !SM.isInMainFile(SM.getExpansionLoc(F.Primary.Loc)))
      anchorInUnit(F, MainFileOnly);
    Result.Findings.push_back(std::move(F));
  }
  mergeAtAnchors(Result.Findings);
  llvm::append_range(Result.Findings, localFindings(Ctx, Config, Ex));
  sortFindings(Result.Findings);
  Result.Stats = statsOf(Program, Ex);
  for (const FunctionSummary &S : Program.functions())
    if (S.Entry != EntryKind::None)
      Result.EntryPoints.push_back(S.QualifiedName);
  llvm::sort(Result.EntryPoints);
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
