//===- VariableWrites.cpp -------------------------------------------------===//

#include "checker/VariableWrites.h"
#include "checker/AstNames.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace onex {

namespace {

/// Whether F's parameter Param is a reference to const (binding a variable
/// to it only reads); false when there is no such parameter (varargs).
bool takesConstReference(const clang::FunctionDecl *F, unsigned Param) {
  if (Param >= F->getNumParams())
    return false;
  clang::QualType T = F->getParamDecl(Param)->getType();
  return T->isReferenceType() && T.getNonReferenceType().isConstQualified();
}

/// The index of Arg among Args, if it is one of them.
std::optional<unsigned> argumentIndex(llvm::ArrayRef<const clang::Expr *> Args,
                                      const clang::Expr *Arg) {
  for (unsigned I = 0; I < Args.size(); ++I)
    if (Args[I]->IgnoreParens() == Arg)
      return I;
  return std::nullopt;
}

/// Whether Call's parameter for argument Arg is a reference to const (so
/// binding the variable to it only reads).
bool bindsToConst(const clang::CallExpr *Call, const clang::Expr *Arg) {
  const clang::FunctionDecl *Callee = Call->getDirectCallee();
  std::optional<unsigned> I =
      argumentIndex(llvm::ArrayRef(Call->getArgs(), Call->getNumArgs()), Arg);
  if (!Callee || !I)
    return false;
  if (isImplicitOperatorObject(Call, *I))
    return llvm::cast<clang::CXXMethodDecl>(Callee)->isConst();
  return takesConstReference(Callee, *parameterIndex(Call, *I));
}

/// Walks the whole unit with a stack of enclosing statements, and
/// classifies each use of a variable with static storage.
class UseClassifier : public clang::RecursiveASTVisitor<UseClassifier> {
  using Base = clang::RecursiveASTVisitor<UseClassifier>;

public:
  UseClassifier(const clang::SourceManager &SM,
                llvm::DenseSet<const clang::VarDecl *> &Modified)
      : SM(SM), Modified(Modified) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }
  bool TraverseTypeLoc(clang::TypeLoc, bool = true) { return true; }

  // The platform's own code does not write the user's variables (it gets
  // them by reference, and the user's call is classified).
  bool TraverseDecl(clang::Decl *D) {
    if (D && !llvm::isa<clang::TranslationUnitDecl>(D) &&
        isPlatformLocation(SM, D->getLocation()))
      return true;
    return Base::TraverseDecl(D);
  }

  // One parameter: RecursiveASTVisitor then calls it for every child, so
  // the stack is exact (no data-recursion queue in between).
  bool TraverseStmt(clang::Stmt *S) {
    if (!S)
      return true;
    Parents.push_back(S);
    bool Result = Base::TraverseStmt(S);
    Parents.pop_back();
    return Result;
  }

  bool VisitDeclRefExpr(clang::DeclRefExpr *E) {
    const auto *VD = llvm::dyn_cast<clang::VarDecl>(E->getDecl());
    if (VD && VD->hasGlobalStorage() && mayModify())
      Modified.insert(VD->getCanonicalDecl());
    return true;
  }

private:
  /// Whether the use at the top of the stack may modify its variable.
  bool mayModify() const {
    const clang::Expr *Cur = llvm::cast<clang::Expr>(Parents.back());
    for (size_t J = Parents.size() - 1; J-- > 0;) {
      const clang::Stmt *P = Parents[J];
      if (llvm::isa<clang::ParenExpr>(P)) {
        Cur = llvm::cast<clang::Expr>(P);
        continue;
      }
      if (const auto *Cast = llvm::dyn_cast<clang::ImplicitCastExpr>(P)) {
        switch (Cast->getCastKind()) {
        case clang::CK_LValueToRValue:
        case clang::CK_ToVoid:
          return false;
        case clang::CK_NoOp:
        case clang::CK_DerivedToBase:
        case clang::CK_UncheckedDerivedToBase:
          if (Cast->getType().isConstQualified())
            return false;
          Cur = Cast;
          continue;
        case clang::CK_ArrayToPointerDecay:
          if (pointsToConst(Cast->getType()))
            return false;
          // a[i]: the element, as an lvalue.
          if (J > 0) {
            const auto *Subscript =
                llvm::dyn_cast<clang::ArraySubscriptExpr>(Parents[J - 1]);
            if (Subscript && Subscript->getBase()->IgnoreParens() == Cast) {
              Cur = Subscript;
              --J;
              continue;
            }
          }
          return true;
        default:
          return true;
        }
      }
      if (const auto *Member = llvm::dyn_cast<clang::MemberExpr>(P)) {
        if (Member->isArrow())
          return true;
        if (const auto *Method =
                llvm::dyn_cast<clang::CXXMethodDecl>(Member->getMemberDecl()))
          return !Method->isConst() && !Method->isStatic();
        Cur = Member;
        continue;
      }
      if (const auto *Unary = llvm::dyn_cast<clang::UnaryOperator>(P)) {
        if (Unary->getOpcode() != clang::UO_AddrOf)
          return true; // ++, --, and anything else on the lvalue.
        // &v converted at once to a pointer to const only reads.
        const auto *Next =
            J > 0 ? llvm::dyn_cast<clang::ImplicitCastExpr>(Parents[J - 1])
                  : nullptr;
        return !(Next && pointsToConst(Next->getType()));
      }
      if (llvm::isa<clang::UnaryExprOrTypeTraitExpr>(P) ||
          llvm::isa<clang::CXXTypeidExpr>(P))
        return false; // Unevaluated (or only the type is used).
      if (const auto *Call = llvm::dyn_cast<clang::CallExpr>(P))
        return !bindsToConst(Call, Cur);
      if (const auto *Construct = llvm::dyn_cast<clang::CXXConstructExpr>(P)) {
        std::optional<unsigned> I = argumentIndex(
            llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs()), Cur);
        return !(I && takesConstReference(Construct->getConstructor(), *I));
      }
      return true; // Assigned, bound to a reference, returned: may modify.
    }
    return true; // A reference initialised from it, or unknown.
  }

  const clang::SourceManager &SM;
  llvm::DenseSet<const clang::VarDecl *> &Modified;
  std::vector<const clang::Stmt *> Parents;
};

} // namespace

const llvm::DenseSet<const clang::VarDecl *> &VariableWrites::modified() {
  if (!Computed) {
    Computed = true;
    UseClassifier Classifier(Ctx.getSourceManager(), Modified);
    Classifier.TraverseDecl(Ctx.getTranslationUnitDecl());
  }
  return Modified;
}

bool VariableWrites::mayBeModified(const clang::VarDecl *VD) {
  return modified().contains(VD->getCanonicalDecl());
}

} // namespace onex
