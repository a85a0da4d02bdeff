//===- EditorActions.cpp --------------------------------------------------===//

#include "EditorActions.h"
#include "checker/AstNames.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace onex::tidy {

namespace {

bool EditorActions = false;

/// Collects the function definitions of the unit, outer before inner.
class DefinitionCollector
    : public clang::RecursiveASTVisitor<DefinitionCollector> {
public:
  explicit DefinitionCollector(std::vector<const clang::FunctionDecl *> &Out)
      : Out(Out) {}
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool VisitFunctionDecl(clang::FunctionDecl *FD) {
    if (FD->doesThisDeclarationHaveABody() && !FD->isImplicit() &&
        FD->getSourceRange().isValid())
      Out.push_back(FD);
    return true;
  }

private:
  std::vector<const clang::FunctionDecl *> &Out;
};

/// Whether ONEX_ALLOW_IMPURE is defined here (by <onex/purity.hpp>,
/// possibly through the editor's preamble, where the file list does not
/// show it).
bool hasAllowImpureMacro(clang::ASTContext &Ctx) {
  return Ctx.Idents.get("ONEX_ALLOW_IMPURE").hasMacroDefinition();
}

} // namespace

FunctionDefinitions::FunctionDefinitions(clang::ASTContext &Ctx) {
  DefinitionCollector(Definitions).TraverseDecl(Ctx.getTranslationUnitDecl());
}

const clang::FunctionDecl *
FunctionDefinitions::enclosing(const clang::SourceManager &SM,
                               clang::SourceLocation Loc) const {
  const clang::FunctionDecl *Found = nullptr;
  for (const clang::FunctionDecl *FD : Definitions)
    if (SM.isPointWithin(Loc, FD->getBeginLoc(), FD->getEndLoc()))
      Found = FD; // Outer before inner: the last one is the innermost.
  return Found;
}

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

std::vector<clang::FixItHint>
allowImpureFixes(clang::ASTContext &Ctx, const FunctionDefinitions &Functions,
                 clang::SourceLocation Loc, std::string &Function,
                 std::string &QualifiedFunction) {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  const clang::FunctionDecl *FD =
      Functions.enclosing(SM, SM.getExpansionLoc(Loc));
  std::vector<clang::FixItHint> Fixes;
  if (!FD)
    return Fixes;
  // Out-of-line definitions of members get the macro where they are
  // defined, which is where the reviewer reads them.
  Function = FD->getNameAsString();
  QualifiedFunction = qualifiedName(FD);
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
