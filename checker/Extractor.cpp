//===- Extractor.cpp ------------------------------------------------------===//

#include "checker/Extractor.h"
#include "checker/AstNames.h"
#include "checker/BodyScanner.h"
#include "checker/IntentSites.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/TemplateBase.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace onex {

namespace {

/// Visits declarations only (never bodies or types): entry points are
/// function definitions, including members of class template instantiations
/// and implicitly defined special members.
class DeclWalker : public clang::RecursiveASTVisitor<DeclWalker> {
public:
  explicit DeclWalker(
      llvm::function_ref<void(clang::FunctionDecl *)> OnFunction)
      : OnFunction(OnFunction) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }
  bool TraverseStmt(clang::Stmt *) { return true; }
  bool TraverseTypeLoc(clang::TypeLoc, bool = true) { return true; }
  bool TraverseType(clang::QualType, bool = true) { return true; }
  bool VisitFunctionDecl(clang::FunctionDecl *FD) {
    OnFunction(FD);
    return true;
  }

private:
  llvm::function_ref<void(clang::FunctionDecl *)> OnFunction;
};

std::string printedArguments(llvm::ArrayRef<clang::TemplateArgument> Args,
                             const clang::ASTContext &Ctx) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  clang::printTemplateArgumentList(OS, Args, Ctx.getPrintingPolicy());
  return Text;
}

const clang::FunctionDecl *definitionWithBody(const clang::FunctionDecl *FD) {
  const clang::FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !Def || Def->isDependentContext())
    return nullptr;
  return Def;
}

/// Where D is written, as "file:line:col" with the file's full name.
std::string spelledPlace(const clang::Decl *D) {
  Location L =
      makeLocation(D->getASTContext().getSourceManager(), D->getLocation());
  return L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column);
}

/// Clang gives every lambda of a function the same USR, and so every
/// specialization over different lambda types. Lambdas are told apart by
/// where they are written (the full file name: two files called util.cpp
/// are different files), which is stable across translation units.
std::string lambdaDisambiguator(const clang::FunctionDecl *FD) {
  std::string Suffix;
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD)) {
    if (MD->getParent()->isLambda())
      Suffix += "@lambda:" + spelledPlace(MD->getParent());
    if (const auto *Spec =
            llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(
                MD->getParent()))
      Suffix += "@" + printedArguments(Spec->getTemplateArgs().asArray(),
                                       FD->getASTContext());
  }
  if (const clang::TemplateArgumentList *Args =
          FD->getTemplateSpecializationArgs())
    Suffix += "@" + printedArguments(Args->asArray(), FD->getASTContext());
  return llvm::StringRef(Suffix).contains("lambda") ? Suffix : "";
}

/// The key of the unit's main file: its real path when the file manager
/// knows it (it does for a file it opened), so that a/util.cpp and
/// b/util.cpp differ whatever the working directory was.
std::string unitKey(const clang::SourceManager &SM) {
  clang::OptionalFileEntryRef Main =
      SM.getFileEntryRefForID(SM.getMainFileID());
  if (!Main)
    return "<main>";
  llvm::StringRef Real = Main->getFileEntry().tryGetRealPathName();
  return (Real.empty() ? Main->getName() : Real).str();
}

} // namespace

std::string Extractor::usrFor(const clang::FunctionDecl *FD) const {
  llvm::SmallString<128> Buf;
  if (clang::index::generateUSRForDecl(FD, Buf)) {
    // No USR (rare: unnamed entities): name it by its place, which is
    // reproducible; such a function cannot be linked across units anyway.
    return "onex:" + UnitKey + "@" + spelledPlace(FD);
  }
  std::string USR = std::string(Buf) + lambdaDisambiguator(FD);
  // Clang's USR for an internal-linkage entity (static function, anonymous
  // namespace, lambda in a non-inline function) names only the file's base
  // name: key it by its unit, whose entity it is.
  if (!FD->isExternallyVisible())
    USR = "internal:" + UnitKey + "@" + USR;
  return USR;
}

Extractor::Extractor(clang::ASTContext &Ctx, const EngineConfig &Config,
                     ProgramSummary &Out)
    : Ctx(Ctx), Config(Config), Out(Out),
      UnitKey(unitKey(Ctx.getSourceManager())), Roles(Config),
      Rules(Config.Rules, Ctx.getSourceManager()), Intents(Ctx, Config, Rules),
      Nolint(Ctx.getSourceManager()), Writes(Ctx) {}

std::string Extractor::variableUSR(const clang::VarDecl *VD) const {
  llvm::SmallString<128> Buf;
  if (clang::index::generateUSRForDecl(VD->getCanonicalDecl(), Buf))
    return "onex:" + qualifiedName(VD);
  return std::string(Buf);
}

void Extractor::noteModifiedVariables() {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  for (const clang::VarDecl *VD : Writes.modified())
    if (VD->isExternallyVisible() && !VD->isStaticLocal() &&
        !isPlatformLocation(SM, VD->getLocation()))
      Out.noteModifiedVariable(variableUSR(VD));
}

Location Extractor::siteLocation(clang::SourceLocation L) {
  Location Result = makeLocation(Ctx.getSourceManager(), L);
  if (!Result.InSystemHeader)
    Result.Waivers = Nolint.waiversAt(L);
  return Result;
}

void Extractor::extractFromEntries() { extractDefinitions(true); }

void Extractor::extractAllDefinitions() { extractDefinitions(false); }

void Extractor::extractDefinitions(bool EntriesOnly) {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  auto Seed = [&](clang::FunctionDecl *FD) {
    if (FD->isDependentContext() || !FD->doesThisDeclarationHaveABody())
      return;
    if (isPlatformLocation(SM, FD->getLocation()))
      return;
    if (!EntriesOnly || Roles.entryKind(FD) != EntryKind::None)
      idFor(FD);
  };
  DeclWalker Walker(Seed);
  Walker.TraverseAST(Ctx);
  drain();
}

FunctionId Extractor::idFor(const clang::FunctionDecl *FD) {
  FD = FD->getCanonicalDecl();
  auto It = Ids.find(FD);
  if (It != Ids.end())
    return It->second;

  bool Created = false;
  FunctionId Id = Out.getOrCreate(usrFor(FD), Created);
  Ids[FD] = Id;
  FunctionSummary &S = Out[Id];
  if (!Created && S.HasBody)
    return Id; // Known from an earlier extraction into the same summary.

  const clang::SourceManager &SM = Ctx.getSourceManager();
  const clang::FunctionDecl *Def = definitionWithBody(FD);
  S.QualifiedName = displayName(FD);
  S.ShortName = shortName(FD);
  S.HasBody = Def != nullptr;
  S.Decl = makeLocation(SM, (Def ? Def : FD)->getLocation());
  S.DeclaredInSystemHeader = S.Decl.InSystemHeader;
  S.Entry = Roles.entryKind(Def ? Def : FD);
  S.IsEffect = Roles.isEffect(FD);
  S.IsPublisher = !S.IsEffect && Roles.isIntentPublisher(Def ? Def : FD);
  S.IsExecutor = !S.IsEffect && Roles.isIntentExecutor(Def ? Def : FD);
  // Effects and executors handle intents; another function taking some
  // may be where a handler forwards them.
  if (Def && !S.DeclaredInSystemHeader &&
      (S.IsEffect || S.IsExecutor || takesIntents(Def, Intents)))
    for (HandledIntent &H : intentsHandledBy(Def, Intents)) {
      IntentSite Site{std::move(H.Intent), siteLocation(H.Where)};
      Site.Bundle = std::move(H.Bundle);
      Site.Field = std::move(H.Field);
      Site.Param = H.Param;
      if (H.ForwardTo) {
        Site.ForwardTo = usrFor(H.ForwardTo);
        Site.ForwardParam = H.ForwardParam;
      }
      S.Handles.push_back(std::move(Site));
    }
  // A template whose instantiation failed has no body; with the compiler's
  // error already reported, calling it opaque would only add noise.
  bool FailedInstantiation = !S.HasBody && FD->isTemplateInstantiation() &&
                             Ctx.getDiagnostics().hasErrorOccurred();
  S.TrustedPure = !S.HasBody && (Roles.isMarkedPure(FD) || FailedInstantiation);
  if (auto Reason = Roles.allowImpureReason(Def ? Def : FD)) {
    S.AllowImpure = true;
    S.AllowReason = *Reason;
  }
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD)) {
    if (!MD->getParent()->isLambda())
      S.Class = qualifiedName(MD->getParent());
    for (const clang::CXXMethodDecl *Overridden : MD->overridden_methods())
      S.Overrides.push_back(usrFor(Overridden->getCanonicalDecl()));
    S.BuildsObject = buildsItsObject(MD);
  }
  S.IsAllocator = Rules.isAllocator(FD);

  // Effects, publishers and escape hatches are never entered: the
  // reachability phase stops at them, so their bodies are not worth
  // scanning.
  if (S.HasBody && !S.IsEffect && !S.IsPublisher &&
      (!S.AllowImpure || ScanEscapeHatches))
    Pending.emplace_back(Def, Id);
  return Id;
}

void Extractor::drain() {
  while (!Pending.empty()) {
    auto [Def, Id] = Pending.front();
    Pending.pop_front();
    BodyScanner Scanner(*this, Def);
    FunctionSummary Summary = std::move(Out[Id]);
    Scanner.scan(Summary);
    Out[Id] = std::move(Summary);
    ++Scanned;
  }
}

void Extractor::buildOverriderIndex() {
  OverridersIndexed = true;
  auto IndexOverrides = [&](clang::FunctionDecl *FD) {
    const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD);
    if (!MD || MD->isDependentContext())
      return;
    for (const clang::CXXMethodDecl *Base : MD->overridden_methods())
      Overriders[Base->getCanonicalDecl()].push_back(MD);
  };
  DeclWalker Walker(IndexOverrides);
  // Overriders may live anywhere in the translation unit, not only in the
  // traversal scope a front end set.
  Walker.TraverseDecl(Ctx.getTranslationUnitDecl());
}

void Extractor::includeOverriders(const clang::CXXMethodDecl *MD) {
  if (!OverridersIndexed)
    buildOverriderIndex();
  llvm::SmallVector<const clang::CXXMethodDecl *, 8> Work{
      MD->getCanonicalDecl()};
  llvm::SmallPtrSet<const clang::CXXMethodDecl *, 8> Seen;
  while (!Work.empty()) {
    const clang::CXXMethodDecl *M = Work.pop_back_val();
    auto It = Overriders.find(M);
    if (It == Overriders.end())
      continue;
    for (const clang::CXXMethodDecl *O : It->second)
      if (Seen.insert(O->getCanonicalDecl()).second) {
        idFor(O);
        Work.push_back(O->getCanonicalDecl());
      }
  }
}

} // namespace onex
