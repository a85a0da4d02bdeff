//===- AstNames.cpp -------------------------------------------------------===//

#include "checker/AstNames.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

namespace onex {

namespace {

std::string lambdaName(const clang::CXXRecordDecl *Closure) {
  const clang::SourceManager &SM = Closure->getASTContext().getSourceManager();
  Location L = makeLocation(SM, Closure->getLocation());
  return "lambda at " + llvm::sys::path::filename(L.File).str() + ":" +
         std::to_string(L.Line) + ":" + std::to_string(L.Column);
}

std::string componentName(const clang::NamedDecl *D) {
  if (const auto *RD = llvm::dyn_cast<clang::CXXRecordDecl>(D)) {
    if (RD->isLambda())
      return "(" + lambdaName(RD) + ")";
    if (RD->getName().empty())
      return "(anonymous)";
  }
  std::string Name = D->getNameAsString();
  return Name.empty() ? "(anonymous)" : Name;
}

} // namespace

std::string qualifiedName(const clang::NamedDecl *D) {
  std::vector<std::string> Parts{componentName(D)};
  for (const clang::DeclContext *DC = D->getDeclContext(); DC;
       DC = DC->getParent()) {
    if (const auto *NS = llvm::dyn_cast<clang::NamespaceDecl>(DC)) {
      if (NS->isInline())
        continue;
      Parts.push_back(NS->isAnonymousNamespace() ? "(anonymous namespace)"
                                                 : NS->getNameAsString());
    } else if (const auto *ND = llvm::dyn_cast<clang::NamedDecl>(DC)) {
      Parts.push_back(componentName(ND));
    }
  }
  std::string Result;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Result.empty())
      Result += "::";
    Result += *It;
  }
  return Result;
}

std::string shortName(const clang::FunctionDecl *FD) {
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD))
    if (MD->getParent()->isLambda())
      return lambdaName(MD->getParent());
  return FD->getNameAsString();
}

std::string displayName(const clang::FunctionDecl *FD) {
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD))
    if (MD->getParent()->isLambda())
      return lambdaName(MD->getParent());
  return qualifiedName(FD);
}

bool isPlatformLocation(const clang::SourceManager &SM,
                        clang::SourceLocation L) {
  return L.isInvalid() || SM.isInSystemHeader(SM.getExpansionLoc(L));
}

bool buildsItsObject(const clang::CXXMethodDecl *MD) {
  return llvm::isa<clang::CXXConstructorDecl>(MD) ||
         llvm::isa<clang::CXXDestructorDecl>(MD) ||
         MD->isCopyAssignmentOperator() || MD->isMoveAssignmentOperator();
}

Location makeLocation(const clang::SourceManager &SM, clang::SourceLocation L) {
  Location Result;
  Result.Loc = L;
  if (L.isInvalid()) {
    Result.InSystemHeader = true;
    return Result;
  }
  clang::SourceLocation Expansion = SM.getExpansionLoc(L);
  Result.InSystemHeader = SM.isInSystemHeader(Expansion);
  clang::PresumedLoc P =
      SM.getPresumedLoc(Expansion, /*UseLineDirectives=*/false);
  if (P.isValid()) {
    Result.File = P.getFilename();
    Result.Line = P.getLine();
    Result.Column = P.getColumn();
  }
  return Result;
}

bool isImplicitOperatorObject(const clang::CallExpr *Call, unsigned Arg) {
  const auto *Method =
      llvm::dyn_cast_or_null<clang::CXXMethodDecl>(Call->getDirectCallee());
  return Arg == 0 && llvm::isa<clang::CXXOperatorCallExpr>(Call) && Method &&
         !Method->isStatic() && !Method->isExplicitObjectMemberFunction();
}

std::optional<unsigned> parameterIndex(const clang::CallExpr *Call,
                                       unsigned Arg) {
  if (isImplicitOperatorObject(Call, 0))
    return Arg == 0 ? std::nullopt : std::optional<unsigned>(Arg - 1);
  return Arg;
}

bool pointsToConst(clang::QualType T) {
  return T->isPointerType() && T->getPointeeType().isConstQualified();
}

const clang::Expr *peelValueWrappers(const clang::Expr *E) {
  for (unsigned Depth = 0; E && Depth < 16; ++Depth) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Cast = llvm::dyn_cast<clang::ExplicitCastExpr>(E))
      E = Cast->getSubExpr();
    else if (const auto *Default = llvm::dyn_cast<clang::CXXDefaultArgExpr>(E))
      E = Default->getExpr();
    else if (const auto *Build = llvm::dyn_cast<clang::CXXConstructExpr>(E);
             Build && Build->getNumArgs() > 0 &&
             llvm::count_if(Build->arguments(),
                            [](const clang::Expr *Arg) {
                              return !llvm::isa<clang::CXXDefaultArgExpr>(Arg);
                            }) == 1 &&
             !llvm::isa<clang::CXXDefaultArgExpr>(Build->getArg(0)))
      E = Build->getArg(0);
    else
      return E;
  }
  return E;
}

clang::QualType memberObjectType(const clang::MemberExpr *Member) {
  clang::QualType Object = Member->getBase()->getType();
  return Member->isArrow() ? Object->getPointeeType() : Object;
}

} // namespace onex
