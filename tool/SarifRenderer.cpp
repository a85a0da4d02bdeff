//===- SarifRenderer.cpp - SARIF 2.1.0 for GitHub code scanning -----------===//
//
// One run; the rules are every onex check (so ruleIndex is stable whatever
// was found); each result has its primary location, the call chain as a
// code flow (entry point -> ... -> operation) and as related locations,
// partial fingerprints without line numbers, and the in-source suppression
// (NOLINT or ONEX_ALLOW_IMPURE) if it has one. Paths are relative to
// %SRCROOT%, which originalUriBaseIds binds to the source root.
//
//===----------------------------------------------------------------------===//

#include "CheckDocs.h"
#include "OnexVersion.h"
#include "Renderers.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

namespace onex::tool {

namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

/// Percent-encodes what may not appear in a URI path.
std::string encodePath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/!$&'()*+,;=:@").contains(C))
      Out += C;
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

class SarifWriter {
public:
  SarifWriter(const Report &R, SourceText &Sources) : R(R), Sources(Sources) {}

  Value document() {
    Value Tool = tool(); // First: it numbers the rules.
    Array Results;
    // Against a baseline every result says whether it is new; those the
    // baseline holds are kept as "unchanged" (GitHub code scanning reads
    // baselineState and closes no alert for them).
    std::optional<llvm::StringRef> State;
    if (R.AgainstBaseline)
      State = "new";
    for (size_t I = 0; I < R.Findings.size(); ++I)
      Results.push_back(result(R.Findings[I], R.Fingerprints[I], State));
    for (size_t I = 0; I < R.BaselinedFindings.size(); ++I)
      Results.push_back(result(R.BaselinedFindings[I],
                               R.BaselinedFingerprints[I], "unchanged"));
    Object Run{{"tool", std::move(Tool)},
               {"results", std::move(Results)},
               {"invocations", Array{invocation()}},
               {"columnKind", "unicodeCodePoints"}};
    if (!R.Certificates.empty())
      Run["properties"] = certificates();
    if (!R.SourceRoot.empty())
      Run["originalUriBaseIds"] =
          Object{{"%SRCROOT%",
                  Object{{"uri", "file://" + encodePath(R.SourceRoot) + "/"}}}};
    return Object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                  {"version", "2.1.0"},
                  {"runs", Array{std::move(Run)}}};
  }

private:
  static Array strings(llvm::ArrayRef<std::string> List) {
    Array Out;
    for (const std::string &S : List)
      Out.push_back(S);
    return Out;
  }

  /// `why`: {"onexCertificates": [...], "onexRulePacks": [...]}, the same
  /// facts as the text form.
  Value certificates() {
    auto Place = [&](const Location &L) {
      return Object{{"uri", relativeTo(L.File, R.SourceRoot)},
                    {"line", int64_t(L.Line)}};
    };
    auto Calls = [&](llvm::ArrayRef<TrustedCall> List) {
      Array Out;
      for (const TrustedCall &C : List) {
        Object Call{{"callee", C.Callee}, {"at", Place(C.Where)}};
        if (!C.Reason.empty())
          Call["reason"] = C.Reason;
        Out.push_back(std::move(Call));
      }
      return Out;
    };
    Array Certificates;
    for (const Certificate &C : R.Certificates) {
      int64_t Open = C.openFindings();
      Certificates.push_back(
          Object{{"entry", C.Entry},
                 {"at", Place(C.EntryDecl)},
                 {"findings", Open},
                 {"reached", strings(C.Reached)},
                 {"systemHeaderFunctions", int64_t(C.PlatformFunctions)},
                 {"trustedPure", Calls(C.TrustedPure)},
                 {"escapeHatches", Calls(C.EscapeHatches)},
                 {"skippedOpaque", Calls(C.SkippedOpaque)},
                 {"intentsPublished", Calls(C.Emissions)},
                 {"intentsEmitted", Calls(C.Intents)}});
    }
    return Object{{"onexCertificates", std::move(Certificates)},
                  {"onexRulePacks", strings(R.RulePacks)}};
  }

  Value tool() {
    Array Rules;
    for (const CheckInfo &Check : checkCatalogue()) {
      llvm::StringRef Id = Check.Name;
      RuleIndex[Id] = Rules.size();
      std::string Doc = withAbsoluteLinks(checkDocumentation(Id));
      Rules.push_back(
          Object{{"id", Id},
                 {"shortDescription", Object{{"text", Check.Summary}}},
                 {"fullDescription", Object{{"text", checkDescription(Id)}}},
                 {"help", Object{{"text", Doc}, {"markdown", Doc}}},
                 {"helpUri", checkHelpUri(Id)},
                 // The severity the text shows: warning.
                 {"defaultConfiguration", Object{{"level", "warning"}}},
                 {"properties",
                  Object{{"tags", Array{"onex", "purity", "correctness"}}}}});
    }
    return Object{{"driver", Object{{"name", "onex-purity"},
                                    {"version", ONEX_PURITY_VERSION},
                                    {"semanticVersion", ONEX_PURITY_VERSION},
                                    {"informationUri", ONEX_PURITY_URL},
                                    {"rules", std::move(Rules)}}}};
  }

  Value artifact(llvm::StringRef File) {
    std::string Relative = relativeTo(File, R.SourceRoot);
    if (Relative != File)
      return Object{{"uri", encodePath(Relative)}, {"uriBaseId", "%SRCROOT%"}};
    return Object{{"uri", "file://" + encodePath(File)}};
  }

  Value physical(const Location &L) {
    Object Region{{"startLine", std::max(L.Line, 1u)}};
    if (L.Column) {
      Region["startColumn"] = L.Column;
      Region["endLine"] = std::max(L.Line, 1u);
      Region["endColumn"] = Sources.tokenEnd(L.File, L.Line, L.Column);
      llvm::StringRef Line = Sources.line(L.File, L.Line);
      if (!Line.empty())
        Region["snippet"] = Object{{"text", Line}};
    }
    return Object{{"artifactLocation", artifact(L.File)},
                  {"region", std::move(Region)}};
  }

  Value location(const Location &L, std::optional<std::string> Message = {},
                 std::optional<unsigned> Id = {}) {
    Object Loc{{"physicalLocation", physical(L)}};
    if (Message)
      Loc["message"] = Object{{"text", *Message}};
    if (Id)
      Loc["id"] = *Id;
    return Loc;
  }

  Value codeFlow(const Finding &F) {
    Array Steps;
    auto Step = [&](const Location &L, std::string Message) {
      Steps.push_back(Object{{"location", location(L, std::move(Message))}});
    };
    if (!F.EntryDecl.File.empty())
      Step(F.EntryDecl, F.entryLabel());
    for (const ChainStep &S : F.Chain)
      Step(S.Site, Finding::noteFor(S));
    Step(F.Primary, F.operation());
    return Object{
        {"threadFlows", Array{Object{{"locations", std::move(Steps)}}}}};
  }

  Value result(const Finding &F, const std::string &Fingerprint,
               std::optional<llvm::StringRef> BaselineState = std::nullopt) {
    Object Result{{"ruleId", F.checkName()},
                  {"ruleIndex", RuleIndex.lookup(F.checkName())},
                  {"level", "warning"},
                  {"message", Object{{"text", F.message()}}},
                  {"locations", Array{location(F.Primary)}},
                  {"partialFingerprints",
                   Object{{FingerprintKey, Fingerprint},
                          {"primaryLocationLineHash", Fingerprint}}}};
    if (BaselineState)
      Result["baselineState"] = *BaselineState;
    Array Related;
    unsigned Id = 1;
    for (const ChainStep &S : F.Chain)
      Related.push_back(location(S.Site, Finding::noteFor(S), Id++));
    for (const auto &[Where, Text] : F.Notes)
      Related.push_back(location(Where, Text, Id++));
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    if (F.EntryRole != EntryKind::None)
      Result["codeFlows"] = Array{codeFlow(F)};
    if (F.Suppressed) {
      const Suppression &W = *F.Suppressed;
      llvm::StringRef Directive =
          W.Kind == Suppression::Nolint ? "NOLINT" : "ONEX_ALLOW_IMPURE";
      Object S{{"kind", "inSource"},
               {"status", "accepted"},
               {"justification", W.statedJustification()},
               {"properties", Object{{"directive", Directive}}}};
      if (!W.OnCall.empty())
        S.getObject("properties")->try_emplace("call", W.OnCall);
      if (!W.Where.File.empty())
        S["location"] = location(W.Where);
      Result["suppressions"] = Array{std::move(S)};
    }
    return Result;
  }

  Value invocation() {
    Array Notifications;
    for (const UnitFailure &U : R.Failures)
      Notifications.push_back(Object{
          {"level", "error"},
          {"message", Object{{"text", U.Reason}}},
          {"locations",
           Array{Object{{"physicalLocation",
                         Object{{"artifactLocation", artifact(U.File)}}}}}}});
    Object Inv{{"executionSuccessful", R.Failures.empty()}};
    if (!Notifications.empty())
      Inv["toolExecutionNotifications"] = std::move(Notifications);
    return Inv;
  }

  const Report &R;
  SourceText &Sources;
  llvm::StringMap<unsigned> RuleIndex;
};

} // namespace

void renderSarif(const Report &R, SourceText &Sources, llvm::raw_ostream &OS) {
  OS << llvm::formatv("{0:2}", SarifWriter(R, Sources).document()) << "\n";
}

} // namespace onex::tool
