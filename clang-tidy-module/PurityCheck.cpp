//===- PurityCheck.cpp ----------------------------------------------------===//

#include "PurityCheck.h"
#include "SharedAnalysis.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
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
  for (const Finding &F : Result->Findings)
    if (F.Cat == Reports)
      emit(F);
}

void PurityCheck::emit(const Finding &F) {
  if (F.Primary.Loc.isInvalid())
    return;
  diag(F.Primary.Loc, "%0") << F.message();
  for (const ChainStep &Step : F.Chain)
    if (Step.Site.Loc.isValid())
      diag(Step.Site.Loc, "%0", clang::DiagnosticIDs::Note)
          << Finding::noteFor(Step);
  for (const auto &[Where, Text] : F.Notes)
    if (Where.Loc.isValid())
      diag(Where.Loc, "%0", clang::DiagnosticIDs::Note) << Text;
}

} // namespace onex::tidy
