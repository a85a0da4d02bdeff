//===- Linker.h - Whole-program analysis over unit summaries --------------===//
//
// The link phase: merges the summaries of many translation units into one
// program (a function defined in several units, e.g. an inline function or
// a template instantiation, becomes one function; a declaration in one unit
// meets its definition in another), then runs reachability over it. Calls
// are opaque only when no unit defines the callee.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_LINKER_H
#define ONEX_CHECKER_LINKER_H

#include "checker/IntentContracts.h"
#include "checker/Reachability.h"
#include "checker/SummaryIO.h"
#include "llvm/ADT/StringSet.h"
#include <vector>

namespace onex {

struct LinkStats {
  unsigned Units = 0;
  unsigned Functions = 0; // Distinct functions after merging.
  unsigned Defined = 0;   // Of which some unit has the body.
  unsigned Entries = 0;   // Entry points with a body (reducers, ONEX_PURE).
  /// Symbols with several distinct definitions (several programs in one
  /// build); a call from a unit without its own resolves to all of them.
  unsigned MultiplyDefined = 0;
  unsigned CallEdges = 0;
  /// Programs whose reducers emit intents, and of those, the ones that
  /// handle none (the contracts are not checked there).
  unsigned EmittingPrograms = 0;
  unsigned UnroutedPrograms = 0;
};

struct LinkResult {
  std::vector<Finding> Findings; // Sorted, each reported once.
  LinkStats Stats;
  /// The intents the entry points emit (for the architecture map).
  std::vector<Emission> Emissions;
};

/// Links units one at a time, so a caller can drop each unit as soon as it
/// is added: memory grows with the distinct functions of the program, not
/// with the number of units (a std template used by every unit is kept
/// once). Units that define a function at the same place (an inline
/// function, a template) share one summary, whose body comes from the first
/// unit added, so callers add units in a stable order. Definitions written
/// at different places are all kept (see FunctionSummary::OtherDefinitions).
class ProgramLinker {
public:
  void addUnit(UnitSummary &&Unit);
  const ProgramSummary &program() const { return Program; }
  /// Reachability over everything added, plus the units' local findings
  /// (deduplicated: a header is seen by many units).
  LinkResult link(const ReachabilityOptions &Options,
                  const ContractScope &Contracts = {}) const;
  /// The certificates of the entry points Select accepts, searched as
  /// link() searches.
  std::vector<Certificate>
  certify(const ReachabilityOptions &Options,
          llvm::function_ref<bool(const FunctionSummary &)> Select) const;

private:
  ProgramSummary Program;
  std::vector<Finding> LocalFindings;
  llvm::StringSet<> LocalKeys;
  unsigned Units = 0;
};

/// Merges Units into one program, in order (see ProgramLinker).
ProgramSummary mergeUnits(llvm::ArrayRef<UnitSummary> Units);

/// Completes a unit's program from an index: every function the program
/// calls but has no body for gets the index's summary, and so does
/// everything those reach. Functions the program defines are untouched.
/// Imported locations carry no SourceLocation (their unit is elsewhere).
/// Returns the number of functions imported.
unsigned importFromIndex(ProgramSummary &Program, const ProgramSummary &Index);

} // namespace onex

#endif // ONEX_CHECKER_LINKER_H
