//===- PurityCheck.cpp ----------------------------------------------------===//

#include "PurityCheck.h"
#include "SharedAnalysis.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace onex::tidy {

namespace {

/// Reads the engine options. They are read as global keys (falling back
/// from "<check>.<Option>" to "<Option>"), so one .clang-tidy entry
/// configures every onex check.
EngineOptions
readOptions(const clang::tidy::ClangTidyCheck::OptionsView &View) {
  EngineOptions O;
  for (const OptionInfo &Info : engineOptionInfos()) {
    if (Info.Text)
      O.*Info.Text = View.getLocalOrGlobal(Info.Name, O.*Info.Text).str();
    else
      O.*Info.Flag = View.getLocalOrGlobal(Info.Name, O.*Info.Flag);
  }
  return O;
}

} // namespace

PurityCheck::PurityCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context,
                         Category Reports)
    : ClangTidyCheck(Name, Context), Reports(Reports),
      Options(readOptions(ClangTidyCheck::Options)) {
  auto Compiled = cachedConfig(Options);
  if (!Compiled) {
    configurationDiag("%0", clang::DiagnosticIDs::Error)
        << llvm::toString(Compiled.takeError());
    return;
  }
  Config = *Compiled;
}

void PurityCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  for (const OptionInfo &Info : engineOptionInfos()) {
    if (Info.Text)
      ClangTidyCheck::Options.store(Opts, Info.Name, Options.*Info.Text);
    else
      ClangTidyCheck::Options.store(Opts, Info.Name, Options.*Info.Flag);
  }
}

void PurityCheck::registerMatchers(MatchFinder *Finder) {
  if (!Config)
    return;
  // The analysis is whole-unit; any match is a trigger. clang-tidy matches
  // the translation unit itself first; clangd, which restricts traversal to
  // the main file's top-level declarations, matches those.
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
  Finder->addMatcher(decl(hasDeclContext(translationUnitDecl())).bind("top"),
                     this);
}

void PurityCheck::check(const MatchFinder::MatchResult &MatchResult) {
  if (Result)
    return;
  Result = sharedAnalysis(*MatchResult.Context, Config);
  if (!Result->ConfigErrors.empty() &&
      !Result->ConfigErrorsShown->exchange(true))
    for (const std::string &Error : Result->ConfigErrors)
      configurationDiag("%0", clang::DiagnosticIDs::Error) << Error;
  for (const Finding &F : Result->Findings)
    if (F.Cat == Reports)
      emit(F, *MatchResult.SourceManager);
}

namespace {

/// Where L is in this unit. Locations from a summary index have no
/// SourceLocation; their file is loaded into the SourceManager so notes can
/// point into it (clangd shows them as related information).
clang::SourceLocation resolve(const Location &L, clang::SourceManager &SM) {
  if (L.Loc.isValid() || L.File.empty() || !L.Line)
    return L.Loc;
  auto File = SM.getFileManager().getOptionalFileRef(L.File);
  if (!File)
    return {};
  clang::FileID FID = SM.getOrCreateFileID(*File, clang::SrcMgr::C_User);
  return SM.translateLineCol(FID, L.Line, std::max(L.Column, 1u));
}

} // namespace

void PurityCheck::emit(const Finding &F, clang::SourceManager &SM) {
  clang::SourceLocation Primary = resolve(F.Primary, SM);
  if (Primary.isInvalid())
    return;
  diag(Primary, "%0") << F.message();
  auto Note = [&](const Location &Where, const std::string &Text) {
    clang::SourceLocation Loc = resolve(Where, SM);
    if (Loc.isValid())
      diag(Loc, "%0", clang::DiagnosticIDs::Note) << Text;
  };
  for (const ChainStep &Step : F.Chain)
    Note(Step.Site, Finding::noteFor(Step));
  for (const auto &[Where, Text] : F.Notes)
    Note(Where, Text);
}

} // namespace onex::tidy
