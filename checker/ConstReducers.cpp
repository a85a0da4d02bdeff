//===- ConstReducers.cpp --------------------------------------------------===//

#include "checker/ConstReducers.h"
#include "checker/AstNames.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

namespace onex {

namespace {

/// Whether every `this` in Body is used as a const object allows. Parents
/// come from a map of Body alone (clang::ParentMap): the ASTContext's map,
/// which clang's ExprMutationAnalyzer builds, covers the whole unit and
/// costs a tenth of its memory.
class ObjectUses : public clang::RecursiveASTVisitor<ObjectUses> {
public:
  explicit ObjectUses(clang::Stmt &Body) : Body(Body), Parents(&Body) {}

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
    const clang::Stmt *Use = &This;
    const clang::Stmt *P = Parents.getParent(Use);
    for (; P && llvm::isa<clang::ImplicitCastExpr>(P);
         P = Parents.getParent(P)) {
      if (llvm::cast<clang::ImplicitCastExpr>(P)->getCastKind() !=
          clang::CK_NoOp)
        return false;
      Use = P;
    }
    const auto *Member = llvm::dyn_cast_or_null<clang::MemberExpr>(P);
    if (!Member)
      return false; // `*this` or `this` handed on: not worth proving.
    const clang::ValueDecl *D = Member->getMemberDecl();
    // A mutable member a const function may write is hidden state all the
    // same (onex-purity-member-state reports the write): no suggestion.
    if (llvm::isa<clang::FieldDecl>(D))
      return !isWritten(Member);
    if (const auto *Method = llvm::dyn_cast<clang::CXXMethodDecl>(D))
      return Method->isStatic() || Method->isConst();
    return true; // A static data member or an enumerator.
  }

  /// Whether the member access E (or what it points to: a write through a
  /// pointer member, a pimpl's rep_->x, compiles under const but is the
  /// object's state all the same) may be written. Anything not known to
  /// read counts as a write.
  bool isWritten(const clang::Expr *E) {
    for (;;) {
      const clang::Stmt *P = Parents.getParent(E);
      if (!P)
        return false;
      if (const auto *Cast = llvm::dyn_cast<clang::ImplicitCastExpr>(P)) {
        // A value read, unless it is a pointer whose pointee is written.
        if (Cast->getCastKind() == clang::CK_LValueToRValue &&
            !E->getType()->isPointerType())
          return false;
        E = Cast;
        continue;
      }
      if (const auto *Access = llvm::dyn_cast<clang::MemberExpr>(P))
        if (const auto *M =
                llvm::dyn_cast<clang::CXXMethodDecl>(Access->getMemberDecl())) {
          if (M->isConst() || M->isStatic())
            return false; // v_.size()
          if (!hasConstTwin(M))
            return true; // v_.clear()
          // v_.front(): const picks the const twin; what the code does
          // with its result decides.
          E = llvm::dyn_cast_or_null<clang::Expr>(Parents.getParent(Access));
          if (!E)
            return true;
          continue;
        }
      if (llvm::isa<clang::ParenExpr, clang::ArraySubscriptExpr,
                    clang::MemberExpr>(P)) {
        const auto *Sub = llvm::dyn_cast<clang::ArraySubscriptExpr>(P);
        if (Sub && Sub->getIdx() == E)
          return false; // Used as an index.
        E = llvm::cast<clang::Expr>(P);
        continue;
      }
      if (const auto *Op = llvm::dyn_cast<clang::UnaryOperator>(P)) {
        if (Op->isIncrementDecrementOp())
          return true;
        if (Op->getOpcode() == clang::UO_Deref) {
          E = Op;
          continue;
        }
        if (Op->getOpcode() == clang::UO_AddrOf)
          return !pointsToConst(Op->getType());
        return false;
      }
      if (const auto *Op = llvm::dyn_cast<clang::BinaryOperator>(P))
        return Op->isAssignmentOp() && Op->getLHS() == E;
      if (const auto *Call = llvm::dyn_cast<clang::CXXMemberCallExpr>(P)) {
        if (Call->getImplicitObjectArgument() == E) {
          const clang::CXXMethodDecl *M = Call->getMethodDecl();
          return !M || !M->isConst();
        }
        return bindsMutably(Call, E);
      }
      if (const auto *Call = llvm::dyn_cast<clang::CXXOperatorCallExpr>(P)) {
        const auto *M =
            llvm::dyn_cast_or_null<clang::CXXMethodDecl>(Call->getCalleeDecl());
        if (!M || !Call->getNumArgs() || Call->getArg(0) != E)
          return bindsMutably(Call, E);
        // A smart pointer's -> and * are const but hand out what it owns:
        // a pimpl's state is the object's, so follow the result.
        bool Dereferences = Call->getOperator() == clang::OO_Arrow ||
                            Call->getOperator() == clang::OO_Star;
        if (M->isConst() && !Dereferences)
          return false;
        if (!M->isConst() && !hasConstTwin(M))
          return true;
        E = Call; // v_[0]: the const operator[]'s result decides.
        continue;
      }
      if (const auto *Call = llvm::dyn_cast<clang::CallExpr>(P))
        return bindsMutably(Call, E);
      if (const auto *Build = llvm::dyn_cast<clang::CXXConstructExpr>(P)) {
        const clang::CXXConstructorDecl *Ctor = Build->getConstructor();
        for (unsigned I = 0; I < Build->getNumArgs(); ++I)
          if (Build->getArg(I) == E)
            return !Ctor || I >= Ctor->getNumParams() ||
                   writableThrough(Ctor->getParamDecl(I)->getType());
        return true;
      }
      if (llvm::isa<clang::ConditionalOperator, clang::IfStmt, clang::WhileStmt,
                    clang::SwitchStmt, clang::ForStmt, clang::DoStmt,
                    clang::CompoundStmt>(P))
        return false; // A condition, or a discarded value.
      return true;    // Bound to a reference, returned, iterated: unproven.
    }
  }

  /// Whether Call binds E to a parameter through which it can be written.
  static bool bindsMutably(const clang::CallExpr *Call, const clang::Expr *E) {
    const clang::FunctionDecl *F = Call->getDirectCallee();
    for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
      if (Call->getArg(I) != E)
        continue;
      std::optional<unsigned> Param = parameterIndex(Call, I);
      return !F || !Param || *Param >= F->getNumParams() ||
             writableThrough(F->getParamDecl(*Param)->getType());
    }
    return true;
  }

  /// Whether M has a const overload taking the same parameters, which a
  /// const object would call instead (front(), operator[], begin()).
  static bool hasConstTwin(const clang::CXXMethodDecl *M) {
    for (const clang::NamedDecl *D : M->getParent()->lookup(M->getDeclName())) {
      const auto *Twin = llvm::dyn_cast<clang::CXXMethodDecl>(D);
      if (!Twin || Twin == M || !Twin->isConst() ||
          Twin->getNumParams() != M->getNumParams())
        continue;
      bool Same = true;
      for (unsigned I = 0; I < M->getNumParams(); ++I)
        Same &= Twin->getParamDecl(I)->getType().getCanonicalType() ==
                M->getParamDecl(I)->getType().getCanonicalType();
      if (Same)
        return true;
    }
    return false;
  }

  /// A parameter through which the argument can be written: a reference
  /// to non-const, or a pointer to non-const (a pointer member handed to
  /// fwrite or delete_node hands over what it points to).
  static bool writableThrough(clang::QualType T) {
    if (T->isPointerType())
      return !T->getPointeeType().isConstQualified();
    return T->isReferenceType() && !T.getNonReferenceType().isConstQualified();
  }

  clang::Stmt &Body;
  clang::ParentMap Parents;
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
    return ObjectUses(*MD->getBody()).allowConst();
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
