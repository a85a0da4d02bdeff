//===- VariableWrites.h - Which variables the code may modify -------------===//
//
// A variable with static storage that no code modifies is a constant in
// all but name: a `static const char *xml = "..."` read by a test, a
// function-local static written only by its own initialiser. Reading it is
// not hidden state. This pass finds, over the whole translation unit, the
// variables that some code may modify: written (assigned, incremented, a
// non-const member called on it), or whose address or a non-const
// reference to it escapes. Anything it cannot classify counts as modified.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_VARIABLEWRITES_H
#define ONEX_CHECKER_VARIABLEWRITES_H

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseSet.h"

namespace onex {

class VariableWrites {
public:
  explicit VariableWrites(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// Whether code of the translation unit may modify VD (a variable with
  /// static storage). The unit is traversed once, on the first query.
  bool mayBeModified(const clang::VarDecl *VD);
  /// Every variable with static storage the unit may modify (canonical
  /// declarations, in no particular order).
  const llvm::DenseSet<const clang::VarDecl *> &modified();

private:
  clang::ASTContext &Ctx;
  bool Computed = false;
  llvm::DenseSet<const clang::VarDecl *> Modified;
};

} // namespace onex

#endif // ONEX_CHECKER_VARIABLEWRITES_H
