//===- Reachability.h - From summaries to findings ------------------------===//
//
// A breadth-first search from every entry point over the call edges of a
// ProgramSummary. Because the search visits functions in order of distance,
// the first time an operation is met is by a shortest chain; entries are
// seeded in name order, so ties break the same way on every run. Each
// operation site is reported once, however many reducers reach it.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_REACHABILITY_H
#define ONEX_CHECKER_REACHABILITY_H

#include "checker/Config.h"
#include "checker/Finding.h"
#include "checker/Summary.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <vector>

namespace onex {

struct ReachabilityOptions {
  /// Bodiless functions declared in system headers that no rule names are
  /// opaque too (strict mode).
  bool OpaqueSystemCalls = false;
  /// Bodiless functions declared in user code are opaque. The whole
  /// program sets it: nothing defines them. A one-unit front end sets it
  /// only in strict mode or with a summary index (which then lacks the
  /// body): otherwise the definition is simply in another file.
  bool OpaqueUserDeclarations = true;
  /// Also walk into ONEX_ALLOW_IMPURE functions (when their bodies were
  /// summarised) and report what they reach as suppressed findings, so a
  /// report can list its waivers.
  bool FollowEscapeHatches = false;
  /// The program is every unit (the linker sets it): a variable that no
  /// unit modifies is a constant, and reading it is not reported.
  bool ClosedWorld = false;
};

/// An intent an entry point emits: the site, and how the entry gets there
/// (each site once, by a shortest chain, as findings are).
struct Emission {
  IntentSite Site;
  std::string Entry;
  Location EntryDecl;
  EntryKind EntryRole = EntryKind::Reducer;
  std::vector<ChainStep> Chain;
};

/// Findings sorted by file, line, column, check and message. With
/// Emissions, also the intents the entry points emit (outside escape
/// hatches), in search order.
std::vector<Finding> findViolations(const ProgramSummary &Program,
                                    const ReachabilityOptions &Options,
                                    std::vector<Emission> *Emissions = nullptr);

/// A call the verdict trusts instead of following: its callee and where.
struct TrustedCall {
  std::string Callee;
  Location Where;
  std::string Reason; // An escape hatch's reason; empty otherwise.
};

/// What one entry point's verdict rests on (`onex-purity why`): a green
/// reducer is pure only as far as these go.
struct Certificate {
  std::string Entry;
  Location EntryDecl;
  std::vector<std::string> Reached;     // User functions with bodies, sorted.
  unsigned PlatformFunctions = 0;       // Bodies in system headers (std::...).
  std::vector<TrustedCall> TrustedPure; // ONEX_PURE without a body.
  std::vector<TrustedCall> EscapeHatches; // ONEX_ALLOW_IMPURE, with reasons.
  std::vector<TrustedCall> SkippedOpaque; // Opaque only in strict mode.
  std::vector<TrustedCall> Emissions;     // Calls to the intent publisher.
  /// The intents the entry emits (Callee: IntentKey::describe()), which
  /// onex-intent-unhandled matches against the program's handlers.
  std::vector<TrustedCall> Intents;
  std::vector<Finding> Findings; // As findViolations, this entry.

  /// The findings not waived in source.
  unsigned openFindings() const {
    return llvm::count_if(Findings,
                          [](const Finding &F) { return !F.Suppressed; });
  }
};

/// The certificates of the entry points Select accepts, each searched on
/// its own, in name order.
std::vector<Certificate>
certifyEntries(const ProgramSummary &Program,
               const ReachabilityOptions &Options,
               llvm::function_ref<bool(const FunctionSummary &)> Select);

} // namespace onex

#endif // ONEX_CHECKER_REACHABILITY_H
