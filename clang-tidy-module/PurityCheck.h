//===- PurityCheck.h - Renders engine findings as clang-tidy diagnostics --===//
//
// Every onex check is this class with a different category. The check owns
// no analysis: it reads the options, asks the engine (once per translation
// unit, shared by all onex checks) and turns its category's findings into a
// warning at the impure operation plus one note per call on the chain.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TIDY_PURITYCHECK_H
#define ONEX_TIDY_PURITYCHECK_H

#include "EditorActions.h"
#include "SharedAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <memory>
#include <optional>

namespace onex::tidy {

class PurityCheck : public clang::tidy::ClangTidyCheck {
public:
  PurityCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context,
              Category Reports);

  bool isLanguageVersionSupported(
      const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  /// Whether a NOLINT on a call of F's chain suppresses it.
  static bool coveredByCallWaiver(const Finding &F);
  void emit(const Finding &F, clang::SourceManager &SM);
  /// The editor's suppression suggestions (see EditorActions.h).
  void suggestSuppressions(const Finding &F, clang::SourceLocation Primary,
                           clang::SourceManager &SM);
  /// A configuration message, shown once per translation unit however
  /// many onex checks meet it.
  void configurationMessage(const std::string &Message,
                            clang::DiagnosticIDs::Level Level);

  Category Reports;
  EngineOptions Options;
  std::shared_ptr<const EngineConfig> Config; // Null when options are bad.
  std::shared_ptr<const SharedResult> Result;
  clang::ASTContext *Context = nullptr; // Of the unit being checked.
  /// Its function definitions, for the editor's suggestions (built on the
  /// first one).
  std::optional<FunctionDefinitions> Definitions;
};

} // namespace onex::tidy

#endif // ONEX_TIDY_PURITYCHECK_H
