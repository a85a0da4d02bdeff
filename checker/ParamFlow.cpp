//===- ParamFlow.cpp ------------------------------------------------------===//

#include "checker/ParamFlow.h"
#include "checker/AstNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/Builtins.h"

namespace onex {

bool passesCallerData(clang::QualType T) {
  return T->isReferenceType() || T->isPointerType();
}

namespace {

bool isPlatformFunction(const clang::FunctionDecl *FD) {
  return isPlatformLocation(FD->getASTContext().getSourceManager(),
                            FD->getLocation());
}

/// A library member call whose result is an iterator into its object:
/// it returns a class by value (`v.begin()`, `m.find(k)`), which designates
/// the object's elements once dereferenced. The object expression, or null.
const clang::Expr *iteratorObject(const clang::Expr *E) {
  const auto *Call =
      llvm::dyn_cast<clang::CXXMemberCallExpr>(E->IgnoreImplicit());
  if (!Call)
    return nullptr;
  const clang::CXXMethodDecl *MD = Call->getMethodDecl();
  if (!MD || !isPlatformFunction(MD) || !MD->getReturnType()->isRecordType())
    return nullptr;
  return Call->getImplicitObjectArgument();
}

} // namespace

ParamFlow::ParamFlow(const clang::FunctionDecl *Def, bool CopiesAreRoots)
    : Canonical(Def->getCanonicalDecl()), CopiesAreRoots(CopiesAreRoots) {
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(Def))
    HasThis = MD->isInstance();
}

void ParamFlow::noteLocal(const clang::VarDecl *VD) {
  clang::QualType T = VD->getType();
  if (!VD->hasLocalStorage() || llvm::isa<clang::ParmVarDecl>(VD) ||
      !VD->getInit())
    return;
  // An iterator into a parameter's data (`auto it = p.find(k)`, a
  // range-for's hidden __begin) is a pointer into it.
  if (T->isRecordType()) {
    if (const clang::Expr *Object = iteratorObject(VD->getInit())) {
      if (std::optional<unsigned> Param =
              walk(Object, Object->getType()->isPointerType()))
        Aliases[VD] = {*Param, /*IsPointer=*/true};
      return;
    }
  }
  if (!passesCallerData(T)) {
    // A copy holds what its source held (CopiesAreRoots only: a copy is
    // never the caller's data).
    if (CopiesAreRoots)
      if (std::optional<unsigned> Param = walk(VD->getInit(), false))
        Aliases[VD] = {*Param, /*IsPointer=*/false};
    return;
  }
  // A reference is the data it binds to; a pointer points into the data.
  bool IsPointer = T->isPointerType();
  if (std::optional<unsigned> Param = walk(VD->getInit(), IsPointer))
    Aliases[VD] = {*Param, IsPointer};
}

std::optional<unsigned> ParamFlow::rootOf(const clang::Expr *E) const {
  return walk(E, /*Dereferenced=*/false);
}

std::optional<unsigned> ParamFlow::pointeeOf(const clang::Expr *E) const {
  return walk(E, /*Dereferenced=*/true);
}

// walk(E, false): the parameter whose data the lvalue E designates.
// walk(E, true):  the parameter whose data the pointer (or smart pointer)
//                 E points into.
std::optional<unsigned> ParamFlow::walk(const clang::Expr *E,
                                        bool Dereferenced) const {
  while (E) {
    E = E->IgnoreImplicit()->IgnoreParenImpCasts();
    if (const auto *Cast = llvm::dyn_cast<clang::ExplicitCastExpr>(E)) {
      E = Cast->getSubExpr(); // const_cast included: the data is the same.
      continue;
    }
    if (llvm::isa<clang::CXXThisExpr>(E))
      return HasThis && Dereferenced ? std::optional<unsigned>(0u)
                                     : std::nullopt;
    if (const auto *Ref = llvm::dyn_cast<clang::DeclRefExpr>(E)) {
      // A structured binding designates part of what it decomposes: a
      // member of the hidden variable, or what get<i> returns of it.
      if (const auto *BD = llvm::dyn_cast<clang::BindingDecl>(Ref->getDecl())) {
        if (const clang::VarDecl *Holding = BD->getHoldingVar())
          E = Holding->getInit();
        else
          E = BD->getBinding();
        continue;
      }
      const auto *VD = llvm::dyn_cast<clang::VarDecl>(Ref->getDecl());
      if (!VD)
        return std::nullopt;
      if (const auto *Parm = llvm::dyn_cast<clang::ParmVarDecl>(VD)) {
        // A lambda's own parameter, met in its body inside this function,
        // is not one of this function's.
        const auto *Owner =
            llvm::dyn_cast<clang::FunctionDecl>(Parm->getDeclContext());
        if (!Owner || Owner->getCanonicalDecl() != Canonical)
          return std::nullopt;
        // A reference parameter is the caller's data; any other parameter
        // is a copy, whose pointee (a pointer's, a smart pointer's) may
        // still be the caller's.
        if (Parm->getType()->isReferenceType() || Dereferenced ||
            CopiesAreRoots)
          return indexOf(Parm);
        return std::nullopt;
      }
      auto It = Aliases.find(VD);
      if (It == Aliases.end() || (It->second.IsPointer && !Dereferenced))
        return std::nullopt;
      return It->second.Param;
    }
    if (const auto *ME = llvm::dyn_cast<clang::MemberExpr>(E)) {
      if (!llvm::isa<clang::FieldDecl>(ME->getMemberDecl()))
        return std::nullopt;
      // A member is part of its object, and so is what a pointer member
      // points to ("writes through pointer members reached from it").
      Dereferenced = ME->isArrow();
      E = ME->getBase();
      continue;
    }
    if (const auto *AS = llvm::dyn_cast<clang::ArraySubscriptExpr>(E)) {
      Dereferenced =
          !AS->getBase()->IgnoreParenImpCasts()->getType()->isArrayType();
      E = AS->getBase();
      continue;
    }
    if (const auto *UO = llvm::dyn_cast<clang::UnaryOperator>(E)) {
      if (UO->getOpcode() == clang::UO_Deref) {
        Dereferenced = true;
        E = UO->getSubExpr();
        continue;
      }
      // &x points into whatever x designates; &x itself is no lvalue.
      if (UO->getOpcode() == clang::UO_AddrOf && Dereferenced) {
        Dereferenced = false;
        E = UO->getSubExpr();
        continue;
      }
      return std::nullopt;
    }
    // A library member that returns a reference or pointer returns one into
    // its object (`front()`, `at(i)`, `data()`, `value()`); one that returns
    // an iterator does so once the iterator is dereferenced (`*v.begin()`).
    if (const auto *Call = llvm::dyn_cast<clang::CXXMemberCallExpr>(E))
      if (const clang::CXXMethodDecl *MD = Call->getMethodDecl())
        if (isPlatformFunction(MD)) {
          clang::QualType R = MD->getReturnType();
          bool IntoObject = R->isReferenceType() ||
                            (R->isPointerType() && Dereferenced) ||
                            (R->isRecordType() && Dereferenced);
          if (!IntoObject)
            return std::nullopt;
          const clang::Expr *Object = Call->getImplicitObjectArgument();
          Dereferenced = Object->getType()->isPointerType();
          E = Object;
          continue;
        }
    // std::move, std::forward and their kin hand their argument on; a
    // library function returning a reference returns one into its first
    // argument (std::get<I> of a tuple, of a structured binding's source).
    if (const auto *Call = llvm::dyn_cast<clang::CallExpr>(E))
      if (const clang::FunctionDecl *Callee = Call->getDirectCallee()) {
        if (!llvm::isa<clang::CXXMethodDecl>(Callee) &&
            Callee->getReturnType()->isLValueReferenceType() &&
            Call->getNumArgs() >= 1 && isPlatformFunction(Callee) &&
            Callee->getBuiltinID() == 0) {
          Dereferenced = false;
          E = Call->getArg(0);
          continue;
        }
        unsigned Builtin = Callee->getBuiltinID();
        if ((Builtin == clang::Builtin::BImove ||
             Builtin == clang::Builtin::BIforward ||
             Builtin == clang::Builtin::BIas_const ||
             Builtin == clang::Builtin::BIforward_like) &&
            Call->getNumArgs() == 1) {
          E = Call->getArg(0);
          continue;
        }
      }
    if (const auto *Op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(E)) {
      clang::OverloadedOperatorKind K = Op->getOperator();
      if (Op->getNumArgs() == 0)
        return std::nullopt;
      if (K == clang::OO_Subscript) { // An element of a container.
        Dereferenced = false;
        E = Op->getArg(0);
        continue;
      }
      if (K == clang::OO_Arrow ||
          (K == clang::OO_Star && Op->getNumArgs() == 1)) {
        Dereferenced = true; // The pointee of a smart pointer.
        E = Op->getArg(0);
        continue;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

} // namespace onex
