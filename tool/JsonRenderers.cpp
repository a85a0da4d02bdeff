//===- JsonRenderers.cpp - onex-purity JSON and GitLab Code Quality -------===//

#include "Renderers.h"
#include "llvm/Support/JSON.h"

namespace onex::tool {

namespace {

llvm::json::Value locationJson(const Location &L, const Report &R) {
  return llvm::json::Object{{"file", relativeTo(L.File, R.SourceRoot)},
                            {"line", L.Line},
                            {"column", L.Column}};
}

} // namespace

void renderJson(const Report &R, llvm::raw_ostream &OS) {
  llvm::json::Array Findings;
  for (size_t I = 0; I < R.Findings.size(); ++I) {
    const Finding &F = R.Findings[I];
    llvm::json::Array Chain, Notes;
    for (const ChainStep &Step : F.Chain) {
      llvm::json::Object Hop{{"caller", Step.Caller},
                             {"callee", Step.Callee},
                             {"message", Finding::noteFor(Step)}};
      Hop["location"] = locationJson(Step.Site, R);
      Chain.push_back(std::move(Hop));
    }
    for (const auto &[Where, Text] : F.Notes)
      Notes.push_back(llvm::json::Object{{"location", locationJson(Where, R)},
                                         {"message", Text}});
    llvm::json::Object Item{{"check", F.checkName()},
                            {"message", F.message()},
                            {"operation", F.What},
                            {"reason", F.Reason},
                            {"location", locationJson(F.Primary, R)},
                            {"entry", F.Entry},
                            {"chain", std::move(Chain)},
                            {"notes", std::move(Notes)},
                            {"fingerprint", R.Fingerprints[I]}};
    if (F.Suppressed) {
      llvm::json::Object Waiver{{"kind", F.Suppressed->Kind == Suppression::Nolint
                                             ? "NOLINT"
                                             : "ONEX_ALLOW_IMPURE"},
                                {"justification", F.Suppressed->Justification}};
      if (!F.Suppressed->OnCall.empty())
        Waiver["call"] = F.Suppressed->OnCall;
      Item["suppressed"] = std::move(Waiver);
    }
    Findings.push_back(std::move(Item));
  }
  llvm::json::Array Failures;
  for (const UnitFailure &U : R.Failures)
    Failures.push_back(llvm::json::Object{
        {"file", relativeTo(U.File, R.SourceRoot)}, {"reason", U.Reason}});
  llvm::json::Object Root{{"version", 1},
                          {"findings", std::move(Findings)},
                          {"failedUnits", std::move(Failures)},
                          {"baselined", R.Baselined}};
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Root))) << "\n";
}

void renderCodeClimate(const Report &R, llvm::raw_ostream &OS) {
  llvm::json::Array Issues;
  for (size_t I = 0; I < R.Findings.size(); ++I) {
    const Finding &F = R.Findings[I];
    if (F.Suppressed)
      continue;
    std::string Body;
    for (const ChainStep &Step : F.Chain)
      Body += "- " + chainLine(Step, R) + "\n";
    llvm::json::Object Issue{
        {"type", "issue"},
        {"description", F.message()},
        {"check_name", F.checkName()},
        {"categories", llvm::json::Array{"Bug Risk"}},
        {"fingerprint", R.Fingerprints[I]},
        {"severity", "major"},
        {"location",
         llvm::json::Object{
             {"path", relativeTo(F.Primary.File, R.SourceRoot)},
             {"lines", llvm::json::Object{{"begin", F.Primary.Line}}}}}};
    if (!Body.empty())
      Issue["content"] = llvm::json::Object{{"body", Body}};
    Issues.push_back(std::move(Issue));
  }
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Issues))) << "\n";
}

} // namespace onex::tool
