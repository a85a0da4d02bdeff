//===- PurityCheck.cpp ----------------------------------------------------===//

#include "PurityCheck.h"
#include "SharedAnalysis.h"
#include "frontend/ConfigFiles.h"
#include "frontend/OptionReader.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang::ast_matchers;

namespace onex::tidy {

namespace {

/// Which .clang-tidy set an option, for relative paths and messages.
/// clang-tidy does not say, so the same files are looked up again - only
/// when a message or a relative path needs it.
class OptionOrigins {
public:
  OptionOrigins(const clang::tidy::ClangTidyContext &Context)
      : Context(Context) {}

  std::string operator()(llvm::StringRef Key) {
    loadLayers();
    const TidyOptionMap &Effective = Context.getOptions().CheckOptions;
    auto It = Effective.find(Key);
    if (It == Effective.end())
      return "";
    return originInLayers(Layers, Key, It->second.Value);
  }

  /// The first misspelt onex check of the Checks in effect, naming the
  /// .clang-tidy that lists it when one does (clangd's .clangd may too).
  std::string unknownCheck() {
    const std::optional<std::string> &Checks = Context.getOptions().Checks;
    if (!Checks || unknownCheckInList(*Checks, "").empty())
      return "";
    loadLayers();
    for (const auto &[Layer, Source] : Layers)
      if (Layer.Checks)
        if (std::string Unknown = unknownCheckInList(
                *Layer.Checks, " in Checks of '" + Source + "'");
            !Unknown.empty())
          return Unknown;
    return unknownCheckInList(*Checks, " in Checks");
  }

private:
  void loadLayers() {
    if (!Provider) {
      Provider = std::make_unique<clang::tidy::FileOptionsProvider>(
          clang::tidy::ClangTidyGlobalOptions(),
          clang::tidy::ClangTidyOptions::getDefaults(),
          clang::tidy::ClangTidyOptions(), llvm::vfs::getRealFileSystem());
      Layers = Provider->getRawOptions(Context.getCurrentFile());
    }
  }

  const clang::tidy::ClangTidyContext &Context;
  std::unique_ptr<clang::tidy::FileOptionsProvider> Provider;
  std::vector<clang::tidy::ClangTidyOptionsProvider::OptionsSource> Layers;
};

} // namespace

PurityCheck::PurityCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context,
                         Category Reports)
    : ClangTidyCheck(Name, Context), Reports(Reports) {
  // clang-tidy (and clangd) skip a .clang-tidy they cannot parse and go on
  // without it; the onex checks do not run on a configuration the user did
  // not write.
  if (llvm::Error E = validateConfigFilesFor(Context->getCurrentFile(),
                                             *llvm::vfs::getRealFileSystem())) {
    configurationMessage(llvm::toString(std::move(E)),
                         clang::DiagnosticIDs::Error);
    return;
  }
  OptionOrigins Origins(*Context);
  if (std::string Unknown = Origins.unknownCheck(); !Unknown.empty()) {
    configurationMessage(Unknown, clang::DiagnosticIDs::Error);
    return;
  }
  const TidyOptionMap &Map = Context->getOptions().CheckOptions;
  for (const std::string &Warning : unknownOptionWarnings(Map, Origins))
    configurationMessage(Warning, clang::DiagnosticIDs::Warning);
  auto Read = readEngineOptions(Map, Name, Origins);
  if (!Read) {
    configurationMessage(llvm::toString(Read.takeError()),
                         clang::DiagnosticIDs::Error);
    return;
  }
  Options = std::move(*Read);
  auto Compiled = TidyFrontEnd::instance().configs().get(Options);
  if (!Compiled) {
    configurationMessage(llvm::toString(Compiled.takeError()),
                         clang::DiagnosticIDs::Error);
    return;
  }
  Config = *Compiled;
}

void PurityCheck::configurationMessage(const std::string &Message,
                                       clang::DiagnosticIDs::Level Level) {
  llvm::StringRef File = ClangTidyCheck::getCurrentMainFile();
  if (TidyFrontEnd::instance().firstTimeFor(File, Message))
    configurationDiag("%0", Level) << Message;
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
  Result = TidyFrontEnd::instance().analysis(*MatchResult.Context, Config);
  Context = MatchResult.Context;
  if (!Result->IndexError.empty())
    configurationMessage(Result->IndexError, clang::DiagnosticIDs::Error);
  for (const Finding &F : Result->Analysis.Findings)
    if (F.Cat == Reports && !coveredByCallWaiver(F))
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

bool PurityCheck::coveredByCallWaiver(const Finding &F) {
  // clang-tidy applies a NOLINT at the primary location itself; one on a
  // call of the chain it cannot see, so the engine's verdict decides.
  return F.Suppressed && !F.Suppressed->OnCall.empty();
}

void PurityCheck::emit(const Finding &F, clang::SourceManager &SM) {
  clang::SourceLocation Primary = resolve(F.Primary, SM);
  if (Primary.isInvalid())
    return;
  {
    auto Main = diag(Primary, "%0") << F.message();
    // Mechanical repairs ride on the warning itself: clang-tidy --fix
    // applies them and clangd offers them as the preferred quick fix.
    for (const FixIt &Fix : F.Fixes) {
      clang::SourceLocation At = resolve(Fix.Where, SM);
      if (At.isValid())
        Main << clang::FixItHint::CreateInsertion(At, Fix.Insert);
    }
  }
  auto Note = [&](const Location &Where, const std::string &Text) {
    clang::SourceLocation Loc = resolve(Where, SM);
    if (Loc.isValid())
      diag(Loc, "%0", clang::DiagnosticIDs::Note) << Text;
  };
  for (const ChainStep &Step : F.Chain)
    Note(Step.Site, Finding::noteFor(Step));
  for (const auto &[Where, Text] : F.Notes)
    Note(Where, Text);
  if (editorActionsEnabled())
    suggestSuppressions(F, Primary, SM);
}

void PurityCheck::suggestSuppressions(const Finding &F,
                                      clang::SourceLocation Primary,
                                      clang::SourceManager &SM) {
  llvm::StringRef Check = F.checkName();
  if (auto Fix = nolintFix(SM, Primary, Check))
    diag(Primary, "suppress with // NOLINT(%0)", clang::DiagnosticIDs::Note)
        << Check << *Fix;
  // The hatch goes on the helper that performs the operation: never on an
  // entry point (that silences the whole reducer, and the handlers of the
  // intents it emits turn dead), never for contracts or intent types.
  if (!Context || !F.acceptableByEscapeHatch())
    return;
  std::string Function, QualifiedFunction;
  if (!Definitions)
    Definitions.emplace(*Context);
  std::vector<clang::FixItHint> Fixes = allowImpureFixes(
      *Context, *Definitions, Primary, Function, QualifiedFunction);
  if (Fixes.empty() || Result->Analysis.isEntryPoint(QualifiedFunction))
    return;
  auto Note =
      diag(Primary, "mark '%0' ONEX_ALLOW_IMPURE", clang::DiagnosticIDs::Note)
      << Function;
  for (const clang::FixItHint &Fix : Fixes)
    Note << Fix;
}

} // namespace onex::tidy
