//===- Linker.cpp ---------------------------------------------------------===//

#include "checker/Linker.h"
#include "checker/IntentContracts.h"
#include "llvm/ADT/StringSet.h"

namespace onex {

namespace {

/// Roles accumulate across units: a unit that only sees a declaration may
/// still see its attributes.
void mergeRoles(const FunctionSummary &From, FunctionSummary &Into) {
  Into.IsEffect |= From.IsEffect;
  Into.IsPublisher |= From.IsPublisher;
  Into.IsExecutor |= From.IsExecutor;
  Into.TrustedPure |= From.TrustedPure;
  if (!Into.AllowImpure && From.AllowImpure) {
    Into.AllowImpure = true;
    Into.AllowReason = From.AllowReason;
  }
  if (Into.Entry == EntryKind::None)
    Into.Entry = From.Entry;
  for (const std::string &O : From.Overrides)
    if (llvm::find(Into.Overrides, O) == Into.Overrides.end())
      Into.Overrides.push_back(O);
}

/// Copies what one unit knows of a function into the program's summary.
/// The body (operations and calls) comes from the first unit that has one.
void mergeFunction(const FunctionSummary &From, FunctionSummary &Into,
                   const ProgramSummary &Unit, llvm::ArrayRef<FunctionId> Remap,
                   bool Created) {
  if (!Created && (Into.HasBody || !From.HasBody)) {
    mergeRoles(From, Into);
    return;
  }
  FunctionSummary Earlier = std::move(Into);
  Into = From;
  for (CallSite &C : Into.Calls) {
    C.Bound = Unit[C.Callee].HasBody;
    C.Callee = Remap[C.Callee];
    for (FunctionArg &A : C.FunctionArgs)
      A.Value = Remap[A.Value];
  }
  if (!Created) {
    mergeRoles(Earlier, Into);
    Into.OtherDefinitions = std::move(Earlier.OtherDefinitions);
  }
}

/// One definition is the same as another when it is written at the same
/// place: an inline function or a template seen by many units.
bool sameDefinition(const FunctionSummary &A, const FunctionSummary &B) {
  return A.Decl.samePlace(B.Decl);
}

/// The program's summary for a unit's function F: the one F's USR names,
/// or, when the unit has a body written elsewhere (another program's
/// definition of the same symbol: its own `main`, its own `run`), the
/// matching other definition, added on first sight.
FunctionId programIdFor(ProgramSummary &Program, const FunctionSummary &F,
                        bool &Created) {
  FunctionId Id = Program.getOrCreate(F.USR, Created);
  if (Created || !F.HasBody || !Program[Id].HasBody ||
      sameDefinition(Program[Id], F))
    return Id;
  for (FunctionId Other : Program[Id].OtherDefinitions)
    if (sameDefinition(Program[Other], F))
      return Other;
  Created = true;
  return Program.addDefinition(Id);
}

/// Adds Unit's functions to Program (see mergeFunction).
void mergeInto(ProgramSummary &Program, const ProgramSummary &Unit) {
  for (const auto &V : Unit.modifiedVariables())
    Program.noteModifiedVariable(V.getKey());
  const auto &Functions = Unit.functions();
  std::vector<FunctionId> Remap(Functions.size(), 0);
  std::vector<bool> Created(Functions.size(), false);
  for (size_t I = 0; I < Functions.size(); ++I) {
    bool New = false;
    Remap[I] = programIdFor(Program, Functions[I], New);
    Created[I] = New;
  }
  for (size_t I = 0; I < Functions.size(); ++I)
    mergeFunction(Functions[I], Program[Remap[I]], Unit, Remap, Created[I]);
}

} // namespace

void ProgramLinker::addUnit(UnitSummary &&Unit) {
  mergeInto(Program, Unit.Program);
  for (Finding &F : Unit.LocalFindings)
    if (LocalKeys.insert(F.identityKey()).second)
      LocalFindings.push_back(std::move(F));
  ++Units;
}

std::vector<Certificate> ProgramLinker::certify(
    const ReachabilityOptions &Options,
    llvm::function_ref<bool(const FunctionSummary &)> Select) const {
  ReachabilityOptions WholeProgram = Options;
  WholeProgram.ClosedWorld = true;
  return certifyEntries(Program, WholeProgram, Select);
}

LinkResult ProgramLinker::link(const ReachabilityOptions &Options,
                               const ContractScope &Contracts) const {
  LinkResult Result;
  ReachabilityOptions WholeProgram = Options;
  WholeProgram.ClosedWorld = true;
  Result.Findings = findViolations(Program, WholeProgram, &Result.Emissions);
  llvm::append_range(
      Result.Findings,
      checkIntentContracts(Program, Result.Emissions, Contracts));
  if (!Result.Emissions.empty()) {
    Result.Stats.EmittingPrograms = 1;
    Result.Stats.UnroutedPrograms = !routesIntents(Program, Contracts);
  }
  llvm::StringSet<> Seen;
  for (const Finding &F : Result.Findings)
    Seen.insert(F.identityKey());
  for (const Finding &F : LocalFindings)
    if (!Seen.contains(F.identityKey()))
      Result.Findings.push_back(F);
  sortFindings(Result.Findings);

  Result.Stats.Units = Units;
  Result.Stats.Functions = Program.size();
  Result.Stats.CallEdges = Program.callEdgeCount();
  Result.Stats.Defined = llvm::count_if(
      Program.functions(), [](const FunctionSummary &S) { return S.HasBody; });
  Result.Stats.MultiplyDefined =
      llvm::count_if(Program.functions(), [](const FunctionSummary &S) {
        return !S.OtherDefinitions.empty();
      });
  Result.Stats.Entries =
      llvm::count_if(Program.functions(), [](const FunctionSummary &S) {
        return S.HasBody && S.Entry != EntryKind::None;
      });
  return Result;
}

ProgramSummary mergeUnits(llvm::ArrayRef<UnitSummary> Units) {
  ProgramSummary Program;
  for (const UnitSummary &Unit : Units)
    mergeInto(Program, Unit.Program);
  return Program;
}

unsigned importFromIndex(ProgramSummary &Program, const ProgramSummary &Index) {
  std::vector<FunctionId> Work;
  for (FunctionId Id = 0; Id < Program.size(); ++Id)
    if (!Program[Id].HasBody)
      Work.push_back(Id);
  unsigned Imported = 0;
  while (!Work.empty()) {
    FunctionId Id = Work.back();
    Work.pop_back();
    std::optional<FunctionId> From = Index.find(Program[Id].USR);
    if (!From || !Index[*From].HasBody || Program[Id].HasBody)
      continue;
    FunctionSummary Copy = Index[*From];
    // The program's id for an index function, declared (to be imported
    // when the work list gets to it) if the program has none yet.
    auto Local = [&](FunctionId InIndex) {
      const FunctionSummary &Callee = Index[InIndex];
      bool Created = false;
      FunctionId Id = Program.getOrCreate(Callee.USR, Created);
      if (Created) {
        FunctionSummary Declaration = Callee;
        Declaration.HasBody = false;
        Declaration.Ops.clear();
        Declaration.Calls.clear();
        Declaration.ParamWrites.clear();
        Declaration.ParamCalls.clear();
        Declaration.Emits.clear();
        Declaration.Handles.clear();
        Program[Id] = std::move(Declaration);
        Work.push_back(Id);
      }
      return Id;
    };
    for (CallSite &C : Copy.Calls) {
      C.Callee = Local(C.Callee);
      for (FunctionArg &A : C.FunctionArgs)
        A.Value = Local(A.Value);
    }
    FunctionSummary Earlier = std::move(Program[Id]);
    Program[Id] = std::move(Copy);
    mergeRoles(Earlier, Program[Id]);
    ++Imported;
  }
  return Imported;
}

} // namespace onex
