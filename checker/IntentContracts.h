//===- IntentContracts.h - Every intent emitted is handled, and back ------===//
//
// The route half of the ONEX rules: a reducer emits intents, effects and
// intent executors handle them. Over a program's summaries (the intents
// each function emits and handles, see IntentSites.h) and the emissions the
// reachability search attributes to entry points:
//   - onex-intent-unhandled: an emission no handler takes (it would be
//     dropped at run time), reported at the emission with the reducer's
//     chain and a note per handler searched;
//   - onex-intent-dead-handler: a handler no emission reaches (dead code,
//     or a contract that drifted), reported at the handler.
// A handler takes an emission when the models agree and the intent types
// do (either side may leave a field open: IntentKey::handles); a handler
// that forwards its intents to another function takes them where that
// function's reads of the parameter do.
// The contracts apply to a program that routes intents: one with at least
// one handler site. A reducer library, or a service whose effects run in
// another process, handles none here, and both checks are silent. Intents
// that ExternalIntents names are handled elsewhere: never unhandled, and
// their handlers here never dead.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_INTENTCONTRACTS_H
#define ONEX_CHECKER_INTENTCONTRACTS_H

#include "checker/Finding.h"
#include "checker/Reachability.h"
#include "checker/Summary.h"
#include <vector>

namespace onex {

struct ContractScope {
  /// Summaries whose handlers count too (a front end's summary index: the
  /// effects in other units); may be null.
  const ProgramSummary *OtherHandlers = nullptr;
  /// Dead handlers need every emitter of the program, so only the whole
  /// program reports them.
  bool ReportDeadHandlers = true;
  /// The ExternalIntents option: a regular expression (validated by
  /// compileConfig) searched in model names and intent_type constants.
  std::string ExternalIntents;
};

/// Whether the contracts apply: Program, or the scope's other handlers,
/// has a handler site.
bool routesIntents(const ProgramSummary &Program,
                   const ContractScope &Scope = {});

/// The contract findings, sorted. Emissions are findViolations'.
std::vector<Finding> checkIntentContracts(const ProgramSummary &Program,
                                          llvm::ArrayRef<Emission> Emissions,
                                          const ContractScope &Scope = {});

/// Whether a handler site takes an emission: its key does, and a site that
/// forwards its intents takes them where the callee's reads of that
/// parameter do (a callee without a body in the program may handle them).
class HandlerResolver {
public:
  HandlerResolver(const ProgramSummary &Program, const ProgramSummary *Other)
      : Program(Program), Other(Other) {}

  bool takes(const IntentSite &Site, const IntentKey &Emitted,
             unsigned Depth = 0) const;
  /// The function USR names, with a body, from the program or the other
  /// summaries; null if neither has one.
  const FunctionSummary *definition(llvm::StringRef USR) const;
  /// Its qualified name (the USR when unknown).
  std::string nameOf(llvm::StringRef USR) const;

private:
  /// Forwarding chains longer than this are taken as handled.
  static constexpr unsigned MaxForwarding = 8;

  const ProgramSummary &Program;
  const ProgramSummary *Other;
};

/// One function's handled intent, for the checks and for the map.
struct HandlerSite {
  const FunctionSummary *Function = nullptr;
  const IntentSite *Site = nullptr;
};

/// Every handler site of Program's effects and intent executors (user code,
/// with bodies), by function name, then place.
std::vector<HandlerSite> handlerSites(const ProgramSummary &Program);

/// "effect" or "intent executor".
llvm::StringRef handlerRole(const FunctionSummary &F);

} // namespace onex

#endif // ONEX_CHECKER_INTENTCONTRACTS_H
