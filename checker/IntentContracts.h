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
// do (either side may leave a field open: IntentKey::handles).
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
};

/// The contract findings, sorted. Emissions are findViolations'.
std::vector<Finding> checkIntentContracts(const ProgramSummary &Program,
                                          llvm::ArrayRef<Emission> Emissions,
                                          const ContractScope &Scope = {});

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
