//===- ParamFlow.h - Which of a function's parameters an expression reaches =//
//
// The value-flow half of a function summary. A function's caller owns what
// its reference and pointer parameters refer to, and a method's caller owns
// the object (`this`). Parameters are numbered with the implicit object as
// 0 and the declared parameters from 1, so member state and input mutation
// are one mechanism.
//
// ParamFlow answers, for one function body, "does this expression lead to
// what parameter k refers to?", through:
//   - member access, subscripts, dereference and the address-of operator;
//   - const_cast and other casts (a const parameter written after a
//     const_cast is still the caller's);
//   - overloaded operator[], operator-> and operator* (containers, smart
//     pointers);
//   - local references and pointers initialised from such an expression
//     (`auto &x = p.items;`, `T *q = &p;`, `auto *self = const_cast<X *>(
//     this);`): a simple may-alias within the function;
//   - structured bindings, and range-for variables (through the hidden
//     __range and __begin locals the loop declares);
//   - what a library member returns into its object: a reference or
//     pointer (front, at, data), or an iterator once dereferenced (locals
//     such as `auto it = m.find(k)` are pointer-like aliases); and what a
//     library function returning a reference returns of its first argument
//     (std::get).
// A pointer (parameter or alias) must be dereferenced to reach the caller's
// data: `p = nullptr` re-points a copy, `p->x = 0` writes the pointee.
//
// Not covered (documented in docs/checks/onex-purity-input-mutation.md):
// aliases created by assignment after initialisation, references returned
// by user functions (a summary fact still to add), values stored into and
// read back from containers or members, and lambdas capturing a parameter
// by reference.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_PARAMFLOW_H
#define ONEX_CHECKER_PARAMFLOW_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>
#include <string>

namespace onex {

class ParamFlow {
public:
  /// With CopiesAreRoots, a by-value parameter is a root too: the
  /// question is then "does E come from what parameter k holds" (the
  /// intents an effect reads), not "is E the caller's data".
  explicit ParamFlow(const clang::FunctionDecl *Def,
                     bool CopiesAreRoots = false);

  /// The index of Parm (1-based); assumes Parm belongs to the function.
  static unsigned indexOf(const clang::ParmVarDecl *Parm) {
    return Parm->getFunctionScopeIndex() + 1;
  }

  /// The parameter whose caller-owned data the lvalue E designates, if
  /// any: what a write to E modifies.
  std::optional<unsigned> rootOf(const clang::Expr *E) const;
  /// The parameter whose data the pointer E points into, if any: what a
  /// callee receiving E by pointer can modify.
  std::optional<unsigned> pointeeOf(const clang::Expr *E) const;

  /// Records a local reference or pointer initialised from a parameter's
  /// data as an alias of it.
  void noteLocal(const clang::VarDecl *VD);

  /// Whether the function has the implicit object as a parameter that
  /// counts (a non-static method).
  bool hasThis() const { return HasThis; }

private:
  struct Alias {
    unsigned Param;
    bool IsPointer; // Must be dereferenced to reach the data.
  };

  std::optional<unsigned> walk(const clang::Expr *E, bool Dereferenced) const;

  const clang::FunctionDecl *Canonical;
  bool HasThis = false;
  bool CopiesAreRoots = false;
  llvm::DenseMap<const clang::VarDecl *, Alias> Aliases;
};

/// Whether a parameter of type T lets the callee change what the caller
/// passed: a reference or a pointer (to anything non-const, or to const:
/// const_cast can still write; the write is what is reported).
bool passesCallerData(clang::QualType T);

/// Whether a parameter of type T holds a plain function to call: a
/// function pointer or a reference to a function (what std::invoke's
/// forwarding reference becomes for a function).
inline bool isCallable(clang::QualType T) {
  return T->isFunctionPointerType() || T->isFunctionReferenceType();
}

} // namespace onex

#endif // ONEX_CHECKER_PARAMFLOW_H
