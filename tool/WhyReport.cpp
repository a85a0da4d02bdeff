//===- WhyReport.cpp ------------------------------------------------------===//

#include "WhyReport.h"
#include "SourceText.h"
#include "checker/RulePackLoader.h"

namespace onex::tool {

bool entryIsNamed(llvm::StringRef QualifiedName, llvm::StringRef Name) {
  if (QualifiedName == Name || QualifiedName.ends_with("::" + Name.str()))
    return true;
  // A class: "NodeX" names "app::NodeX::execute".
  llvm::StringRef Scope = QualifiedName.rsplit("::").first;
  return Scope != QualifiedName &&
         (Scope == Name || Scope.ends_with("::" + Name.str()));
}

std::vector<std::string> consultedRulePacks(const EngineOptions &Options) {
  std::vector<std::string> Packs = splitList(Options.RuleFiles);
  if (Options.UseDefaultRules)
    for (const EmbeddedPack &Pack : embeddedRulePacks())
      Packs.push_back("built-in " + Pack.Name.rsplit('/').second.str());
  return Packs;
}

namespace {

class CertificateWriter {
public:
  CertificateWriter(llvm::StringRef Root, llvm::raw_ostream &OS)
      : Root(Root), OS(OS) {}

  void write(const Certificate &C) {
    unsigned Open = C.openFindings();
    OS << "reducer '" << C.Entry << "' (" << place(C.EntryDecl) << "): "
       << (Open ? std::to_string(Open) + (Open == 1 ? " finding" : " findings")
                : std::string("pure"))
       << "\n";
    section("functions reached in user code", C.Reached.size());
    for (const std::string &F : C.Reached)
      OS << "    " << F << "\n";
    OS << "  functions reached in system headers (" << C.PlatformFunctions
       << "): followed, not listed\n";
    calls("trusted as ONEX_PURE without a body", C.TrustedPure);
    calls("escape hatches (ONEX_ALLOW_IMPURE)", C.EscapeHatches);
    calls("bodiless calls no rule names, skipped outside strict mode",
          C.SkippedOpaque);
    calls("intents published", C.Emissions);
    section("intents emitted (their handlers: onex-intent-unhandled)",
            C.Intents.size());
    for (const TrustedCall &I : C.Intents)
      OS << "    " << I.Callee << " at " << place(I.Where) << "\n";
    section("findings", Open);
    for (const Finding &F : C.Findings)
      if (!F.Suppressed)
        OS << "    " << place(F.Primary) << ": " << F.message() << " ["
           << F.checkName() << "]\n";
  }

private:
  std::string place(const Location &L) const {
    if (L.File.empty())
      return "<no location>";
    return relativeTo(L.File, Root) + ":" + std::to_string(L.Line);
  }

  void section(llvm::StringRef Title, size_t Count) {
    OS << "  " << Title << " (" << Count << ")" << (Count ? ":" : "") << "\n";
  }

  void calls(llvm::StringRef Title, llvm::ArrayRef<TrustedCall> Calls) {
    section(Title, Calls.size());
    for (const TrustedCall &C : Calls) {
      OS << "    '" << C.Callee << "' called at " << place(C.Where);
      if (!C.Reason.empty())
        OS << ": \"" << C.Reason << "\"";
      OS << "\n";
    }
  }

  llvm::StringRef Root;
  llvm::raw_ostream &OS;
};

} // namespace

void renderCertificates(llvm::ArrayRef<Certificate> Certificates,
                        llvm::ArrayRef<std::string> RulePacks,
                        llvm::StringRef SourceRoot, llvm::raw_ostream &OS) {
  CertificateWriter Writer(SourceRoot, OS);
  for (const Certificate &C : Certificates)
    Writer.write(C);
  OS << "rule packs consulted (" << RulePacks.size() << "):";
  for (const std::string &Pack : RulePacks)
    OS << " " << Pack;
  OS << "\n";
}

} // namespace onex::tool
