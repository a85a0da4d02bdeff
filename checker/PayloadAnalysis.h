//===- PayloadAnalysis.h - Typed intent payloads --------------------------===//
//
// The type-level half of the ONEX rules: an intent's payload is a typed
// model, never a dict. Unlike the purity checks this looks at declarations,
// not calls:
//   - a payload model (a class derived from ModelBaseClasses) with a field
//     whose type is dict-like, at any depth (nested structs, std containers,
//     optional, pair, base classes), reported at the field that spells it;
//   - an intent type (IntentTypes) spelled in user code whose payload is
//     dict-like (onex-intent-untyped-payload) or not a model at all
//     (onex-intent-payload-model);
//   - a reducer whose parameter or return type is dict-like.
// Dict-like types come from the 'dict-like' rules, plus string-keyed maps of
// dict-like values or of std::variant of scalars ("stringly-typed bags").
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_PAYLOADANALYSIS_H
#define ONEX_CHECKER_PAYLOADANALYSIS_H

#include "checker/CallRules.h"
#include "checker/Config.h"
#include "checker/Finding.h"
#include "checker/Roles.h"
#include "clang/AST/ASTContext.h"
#include <vector>

namespace onex {

/// Findings of the two intent checks, in no particular order (the caller
/// sorts all findings together). Roles and Rules are the extraction's, so
/// class roles and hierarchies are computed once per translation unit.
std::vector<Finding> findPayloadViolations(clang::ASTContext &Ctx,
                                           const EngineConfig &Config,
                                           RoleClassifier &Roles,
                                           CallRules &Rules);

} // namespace onex

#endif // ONEX_CHECKER_PAYLOADANALYSIS_H
