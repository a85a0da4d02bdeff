//===- EditorActions.cpp --------------------------------------------------===//

#include "EditorActions.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace onex::tidy {

namespace {

bool EditorActions = false;

/// The innermost function definition whose body contains Loc.
class EnclosingFunction : public clang::RecursiveASTVisitor<EnclosingFunction> {
public:
  EnclosingFunction(const clang::SourceManager &SM, clang::SourceLocation Loc)
      : SM(SM), Loc(Loc) {}
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool VisitFunctionDecl(clang::FunctionDecl *FD) {
    if (FD->doesThisDeclarationHaveABody() && !FD->isImplicit() &&
        FD->getSourceRange().isValid() &&
        SM.isPointWithin(Loc, FD->getBeginLoc(), FD->getEndLoc()))
      Found = FD; // Visited outside in: the last one is the innermost.
    return true;
  }
  const clang::FunctionDecl *Found = nullptr;

private:
  const clang::SourceManager &SM;
  clang::SourceLocation Loc;
};

/// Whether ONEX_ALLOW_IMPURE is defined here (by <onex/purity.hpp>,
/// possibly through the editor's preamble, where the file list does not
/// show it).
bool hasAllowImpureMacro(clang::ASTContext &Ctx) {
  return Ctx.Idents.get("ONEX_ALLOW_IMPURE").hasMacroDefinition();
}

} // namespace

void enableEditorActions() { EditorActions = true; }
bool editorActionsEnabled() { return EditorActions; }

std::optional<clang::FixItHint> nolintFix(const clang::SourceManager &SM,
                                          clang::SourceLocation Loc,
                                          llvm::StringRef Check) {
  Loc = SM.getExpansionLoc(Loc);
  auto [FID, Offset] = SM.getDecomposedLoc(Loc);
  llvm::StringRef Buffer = SM.getBufferData(FID);
  size_t End = Buffer.find('\n', Offset);
  if (End == llvm::StringRef::npos)
    End = Buffer.size();
  clang::SourceLocation LineEnd =
      SM.getLocForStartOfFile(FID).getLocWithOffset(End);
  return clang::FixItHint::CreateInsertion(
      LineEnd, (" // NOLINT(" + Check + "): why this is acceptable").str());
}

std::vector<clang::FixItHint> allowImpureFixes(clang::ASTContext &Ctx,
                                               clang::SourceLocation Loc,
                                               std::string &Function) {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  Loc = SM.getExpansionLoc(Loc);
  EnclosingFunction Finder(SM, Loc);
  Finder.TraverseDecl(Ctx.getTranslationUnitDecl());
  std::vector<clang::FixItHint> Fixes;
  if (!Finder.Found)
    return Fixes;
  // Out-of-line definitions of members get the macro where they are
  // defined, which is where the reviewer reads them.
  const clang::FunctionDecl *FD = Finder.Found;
  Function = FD->getNameAsString();
  clang::SourceLocation Begin = SM.getExpansionLoc(FD->getBeginLoc());
  if (const auto *Template = FD->getDescribedFunctionTemplate())
    Begin = SM.getExpansionLoc(Template->getBeginLoc());
  Fixes.push_back(clang::FixItHint::CreateInsertion(
      Begin, "ONEX_ALLOW_IMPURE(\"why this is acceptable\") "));
  if (!hasAllowImpureMacro(Ctx))
    Fixes.push_back(clang::FixItHint::CreateInsertion(
        SM.getLocForStartOfFile(SM.getFileID(Begin)),
        "#include <onex/purity.hpp>\n"));
  return Fixes;
}

} // namespace onex::tidy
