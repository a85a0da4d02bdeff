//===- TextRenderers.cpp - Text, GitHub and JSON output -------------------===//

#include "Renderers.h"
#include "llvm/Support/JSON.h"

namespace onex::tool {

namespace {

class TextWriter {
public:
  TextWriter(const Report &R, SourceText &Sources, llvm::raw_ostream &OS,
             bool Color)
      : R(R), Sources(Sources), OS(OS), Color(Color) {}

  void finding(const Finding &F) {
    diagnostic(F.Primary, "warning: ", llvm::raw_ostream::MAGENTA,
               F.message() + " [" + F.checkName().str() + "]");
    for (const ChainStep &Step : F.Chain)
      diagnostic(Step.Site, "note: ", llvm::raw_ostream::BLACK,
                 Finding::noteFor(Step));
    for (const auto &[Where, Text] : F.Notes)
      diagnostic(Where, "note: ", llvm::raw_ostream::BLACK, Text);
  }

private:
  void diagnostic(const Location &L, llvm::StringRef Kind,
                  llvm::raw_ostream::Colors KindColor,
                  const std::string &Message) {
    if (Color)
      OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
    OS << relativeTo(L.File, R.SourceRoot) << ":" << L.Line << ":" << L.Column
       << ": ";
    if (Color)
      OS.changeColor(KindColor, /*Bold=*/true);
    OS << Kind;
    if (Color)
      OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
    OS << Message << "\n";
    if (Color)
      OS.resetColor();
    snippet(L);
  }

  void snippet(const Location &L) {
    llvm::StringRef Line = Sources.line(L.File, L.Line);
    if (Line.empty() || L.Column == 0 || L.Column > Line.size() + 1)
      return;
    OS << Line << "\n";
    std::string Caret;
    for (unsigned I = 0; I + 1 < L.Column; ++I)
      Caret += Line[I] == '\t' ? '\t' : ' ';
    Caret += '^';
    unsigned End = Sources.tokenEnd(L.File, L.Line, L.Column);
    for (unsigned C = L.Column + 1; C < End; ++C)
      Caret += '~';
    if (Color)
      OS.changeColor(llvm::raw_ostream::GREEN, /*Bold=*/true);
    OS << Caret;
    if (Color)
      OS.resetColor();
    OS << "\n";
  }

  const Report &R;
  SourceText &Sources;
  llvm::raw_ostream &OS;
  bool Color;
};

/// Escaping of workflow command data and properties, as GitHub's toolkit
/// does it.
std::string escapeData(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else
      Out += C;
  }
  return Out;
}

std::string escapeProperty(llvm::StringRef S) {
  std::string Out;
  for (char C : escapeData(S)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

/// "path:line: 'caller' calls 'callee' here", for formats without notes.
std::string chainLine(const ChainStep &Step, const Report &R) {
  return relativeTo(Step.Site.File, R.SourceRoot) + ":" +
         std::to_string(Step.Site.Line) + ": " + Finding::noteFor(Step);
}

llvm::json::Value locationJson(const Location &L, const Report &R) {
  return llvm::json::Object{{"file", relativeTo(L.File, R.SourceRoot)},
                            {"line", L.Line},
                            {"column", L.Column}};
}

} // namespace

void renderText(const Report &R, SourceText &Sources, llvm::raw_ostream &OS,
                bool Color) {
  TextWriter Writer(R, Sources, OS, Color);
  for (const Finding &F : R.Findings)
    if (!F.Suppressed)
      Writer.finding(F);
}

void renderGithub(const Report &R, llvm::raw_ostream &OS) {
  for (const Finding &F : R.Findings) {
    if (F.Suppressed)
      continue;
    std::string Message = F.message();
    for (const ChainStep &Step : F.Chain)
      Message += "\n  " + chainLine(Step, R);
    OS << "::error file="
       << escapeProperty(relativeTo(F.Primary.File, R.SourceRoot))
       << ",line=" << F.Primary.Line << ",col=" << F.Primary.Column
       << ",title=" << escapeProperty(F.checkName())
       << "::" << escapeData(Message) << "\n";
  }
}

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
    if (F.Suppressed)
      Item["suppressed"] =
          llvm::json::Object{{"kind", F.Suppressed->Kind == Suppression::Nolint
                                          ? "NOLINT"
                                          : "ONEX_ALLOW_IMPURE"},
                             {"justification", F.Suppressed->Justification}};
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

void render(OutputFormat Format, const Report &R, SourceText &Sources,
            llvm::raw_ostream &OS, bool Color) {
  switch (Format) {
  case OutputFormat::Text:
    return renderText(R, Sources, OS, Color);
  case OutputFormat::Github:
    return renderGithub(R, OS);
  case OutputFormat::Json:
    return renderJson(R, OS);
  case OutputFormat::Sarif:
    return renderSarif(R, Sources, OS);
  case OutputFormat::CodeClimate:
    return renderCodeClimate(R, OS);
  }
}

} // namespace onex::tool
