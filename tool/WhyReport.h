//===- WhyReport.h - `onex-purity why <reducer>`: a purity certificate ----===//
//
// A green reducer is pure only as far as what the verdict trusts: the
// functions reached, ONEX_PURE declarations taken on trust, escape hatches
// and their reasons, the bodiless platform calls skipped outside strict
// mode, the intents published, and the rule packs that classified the
// calls. `why` prints exactly that, for an auditor.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_WHYREPORT_H
#define ONEX_TOOL_WHYREPORT_H

#include "Report.h"
#include "ToolConfig.h"
#include "checker/Reachability.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

namespace onex::tool {

/// Whether the entry point QualifiedName is the one `why <Name>` asks for:
/// the same name, a name ending in "::<Name>", or a member of a class so
/// named ("NodeBridgeReducer" names all its entry points).
bool entryIsNamed(llvm::StringRef QualifiedName, llvm::StringRef Name);

/// The rule packs a run consults, in the order rules are tried: the
/// user's (RuleFiles), then the built-in ones unless UseDefaultRules is off.
std::vector<std::string> consultedRulePacks(const EngineOptions &Options);

/// Prints the certificates as text (paths relative to SourceRoot).
void renderCertificates(llvm::ArrayRef<Certificate> Certificates,
                        llvm::ArrayRef<std::string> RulePacks,
                        llvm::StringRef SourceRoot, llvm::raw_ostream &OS);

} // namespace onex::tool

#endif // ONEX_TOOL_WHYREPORT_H
