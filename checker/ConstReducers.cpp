//===- ConstReducers.cpp --------------------------------------------------===//

#include "checker/ConstReducers.h"
#include "checker/AstNames.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "clang/Lex/Lexer.h"

namespace onex {

namespace {

/// Whether every `this` in Body is used as a const object allows.
class ObjectUses : public clang::RecursiveASTVisitor<ObjectUses> {
public:
  ObjectUses(clang::Stmt &Body, clang::ASTContext &Ctx)
      : Body(Body), Ctx(Ctx), Mutations(Body, Ctx) {}

  bool allowConst() {
    TraverseStmt(&Body);
    return AllConst;
  }

  bool VisitCXXThisExpr(clang::CXXThisExpr *This) {
    AllConst = AllConst && isConstUse(*This);
    return AllConst; // The first non-const use settles it.
  }

private:
  bool isConstUse(const clang::CXXThisExpr &This) {
    // A call of a const member converts `this` to a pointer to const first.
    const clang::Expr *Use = &This;
    while (const auto *Cast = parentAs<clang::ImplicitCastExpr>(*Use)) {
      if (Cast->getCastKind() != clang::CK_NoOp)
        return false;
      Use = Cast;
    }
    const auto *Member = parentAs<clang::MemberExpr>(*Use);
    if (!Member)
      return false; // `*this` or `this` handed on: not worth proving.
    const clang::ValueDecl *D = Member->getMemberDecl();
    if (const auto *Field = llvm::dyn_cast<clang::FieldDecl>(D))
      return Field->isMutable() || Field->getType()->isReferenceType() ||
             !Mutations.isMutated(Member);
    if (const auto *Method = llvm::dyn_cast<clang::CXXMethodDecl>(D))
      return Method->isStatic() || Method->isConst();
    return true; // A static data member or an enumerator.
  }

  template <typename T> const T *parentAs(const clang::Expr &E) {
    auto Parents = Ctx.getParents(E);
    return Parents.size() == 1 ? Parents[0].get<T>() : nullptr;
  }

  clang::Stmt &Body;
  clang::ASTContext &Ctx;
  clang::ExprMutationAnalyzer Mutations;
  bool AllConst = true;
};

bool hasStateConstProtects(const clang::CXXRecordDecl *Class) {
  for (const clang::FieldDecl *Field : Class->fields())
    if (!Field->isMutable() && !Field->getType()->isReferenceType())
      return true;
  return llvm::any_of(Class->bases(), [](const clang::CXXBaseSpecifier &B) {
    const auto *Base = B.getType()->getAsCXXRecordDecl();
    return Base && Base->hasDefinition() && hasStateConstProtects(Base);
  });
}

bool isOverloaded(const clang::CXXMethodDecl *MD) {
  auto Same = MD->getParent()->lookup(MD->getDeclName());
  return std::distance(Same.begin(), Same.end()) != 1;
}

/// Where " const" goes in each declaration of MD: after the parameter
/// list's ')'. Empty if any declaration cannot take it (macros, headers
/// the user does not own).
std::vector<FixIt> constInsertions(const clang::CXXMethodDecl *MD,
                                   const clang::SourceManager &SM,
                                   const clang::LangOptions &LangOpts) {
  std::vector<FixIt> Fixes;
  for (const clang::FunctionDecl *D : MD->redecls()) {
    clang::FunctionTypeLoc Type = D->getFunctionTypeLoc();
    clang::SourceLocation RParen =
        Type ? Type.getRParenLoc() : clang::SourceLocation();
    if (RParen.isInvalid() || RParen.isMacroID() ||
        isPlatformLocation(SM, RParen))
      return {};
    clang::SourceLocation After =
        clang::Lexer::getLocForEndOfToken(RParen, 0, SM, LangOpts);
    Fixes.push_back({makeLocation(SM, After), " const"});
  }
  return Fixes;
}

class Candidates {
public:
  Candidates(clang::ASTContext &Ctx, RoleClassifier &Roles)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Roles(Roles) {}

  void inContext(const clang::DeclContext *DC) {
    for (const clang::Decl *D : DC->decls()) {
      if (isPlatformLocation(SM, D->getLocation()))
        continue;
      if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(D))
        consider(MD);
      else if (llvm::isa<clang::NamespaceDecl, clang::LinkageSpecDecl,
                         clang::CXXRecordDecl>(D))
        inContext(llvm::cast<clang::DeclContext>(D));
    }
  }

  std::vector<Finding> Found;

private:
  void consider(const clang::CXXMethodDecl *MD) {
    if (!MD->doesThisDeclarationHaveABody() || !couldBeConst(MD))
      return;
    std::vector<FixIt> Fixes = constInsertions(MD, SM, Ctx.getLangOpts());
    if (Fixes.empty())
      return;
    Finding F;
    F.Cat = Category::MemberState;
    F.What = "non-const reducer";
    F.Entry = displayName(MD);
    F.EntryRole = EntryKind::Reducer;
    F.Primary = makeLocation(SM, MD->getLocation());
    F.EntryDecl = F.Primary;
    F.Message = "reducer '" + F.Entry +
                "' writes no member but is not const; declare it const so "
                "the compiler rejects hidden state";
    F.Fixes = std::move(Fixes);
    Found.push_back(std::move(F));
  }

  bool couldBeConst(const clang::CXXMethodDecl *MD) {
    if (MD->isStatic() || MD->isConst() || MD->isVirtual() ||
        MD->isExplicitObjectMemberFunction() || buildsItsObject(MD) ||
        llvm::isa<clang::CXXConversionDecl>(MD) || MD->isDependentContext() ||
        MD->getTemplatedKind() != clang::FunctionDecl::TK_NonTemplate ||
        MD->getLocation().isMacroID() || MD->isOverloadedOperator())
      return false;
    if (Roles.entryKind(MD) != EntryKind::Reducer || isOverloaded(MD) ||
        !hasStateConstProtects(MD->getParent()))
      return false;
    return ObjectUses(*MD->getBody(), Ctx).allowConst();
  }

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  RoleClassifier &Roles;
};

} // namespace

std::vector<Finding> findReducersThatCouldBeConst(clang::ASTContext &Ctx,
                                                  RoleClassifier &Roles) {
  Candidates Search(Ctx, Roles);
  Search.inContext(Ctx.getTranslationUnitDecl());
  return std::move(Search.Found);
}

} // namespace onex
