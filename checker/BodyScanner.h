//===- BodyScanner.h - What one function body does
//-------------------------===//
//
// Walks one function body (and, for constructors, its initialisers) and
// records into its summary:
//   - calls: direct, member, operator, constructor and destructor calls the
//     code causes, with virtual dispatch marked;
//   - operations a rule names (the call is not followed further);
//   - operations found from the AST itself: global and volatile accesses,
//     writes to a reducer's own members, inline assembly, calls through
//     function pointers.
// Lambda bodies are separate functions: creating a lambda runs only its
// captures; its body is followed when something calls it.
// Unevaluated operands (sizeof, decltype, noexcept, requires) and constant
// evaluation are skipped: nothing there runs.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_BODYSCANNER_H
#define ONEX_CHECKER_BODYSCANNER_H

#include "checker/Extractor.h"
#include "checker/ParamFlow.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseSet.h"

namespace onex {

class BodyScanner : public clang::RecursiveASTVisitor<BodyScanner> {
  using Base = clang::RecursiveASTVisitor<BodyScanner>;

public:
  BodyScanner(Extractor &Ex, const clang::FunctionDecl *Def);

  /// Fills Summary's operations and calls.
  void scan(FunctionSummary &Summary);

  // Traversal policy.
  bool shouldVisitImplicitCode() const { return true; }
  bool TraverseLambdaExpr(clang::LambdaExpr *E);
  bool TraverseDecl(clang::Decl *D);
  bool TraverseTypeLoc(clang::TypeLoc, bool = true) { return true; }
  bool TraverseUnaryExprOrTypeTraitExpr(clang::UnaryExprOrTypeTraitExpr *) {
    return true;
  }
  bool TraverseCXXNoexceptExpr(clang::CXXNoexceptExpr *) { return true; }
  bool TraverseRequiresExpr(clang::RequiresExpr *) { return true; }
  bool TraverseConstantExpr(clang::ConstantExpr *) { return true; }
  bool TraverseCXXTypeidExpr(clang::CXXTypeidExpr *E);

  // What the code does.
  bool VisitCallExpr(clang::CallExpr *E);
  bool VisitCXXConstructExpr(clang::CXXConstructExpr *E);
  bool VisitCXXFunctionalCastExpr(clang::CXXFunctionalCastExpr *E);
  bool VisitInitListExpr(clang::InitListExpr *E);
  bool VisitCXXNewExpr(clang::CXXNewExpr *E);
  bool VisitCXXDeleteExpr(clang::CXXDeleteExpr *E);
  bool VisitCXXBindTemporaryExpr(clang::CXXBindTemporaryExpr *E);
  bool VisitVarDecl(clang::VarDecl *VD);
  bool VisitDeclRefExpr(clang::DeclRefExpr *E);
  bool VisitMemberExpr(clang::MemberExpr *E);
  bool VisitImplicitCastExpr(clang::ImplicitCastExpr *E);
  bool VisitCastExpr(clang::CastExpr *E);
  bool VisitBinaryOperator(clang::BinaryOperator *E);
  bool VisitUnaryOperator(clang::UnaryOperator *E);
  bool VisitAsmStmt(clang::AsmStmt *S);

private:
  void handleCallee(const clang::FunctionDecl *Callee,
                    const clang::Expr *Object, clang::SourceLocation Loc,
                    bool Virtual, std::vector<ArgBinding> Args = {},
                    std::vector<FunctionArg> Functions = {});
  void handleIndirectCall(const clang::CallExpr *E);
  void addCall(const clang::FunctionDecl *Callee, clang::SourceLocation Loc,
               bool Virtual, std::vector<ArgBinding> Args = {},
               std::vector<FunctionArg> Functions = {});
  /// The function values (a function's name or address) among Args.
  std::vector<FunctionArg>
  functionArgs(const clang::FunctionDecl *Callee,
               llvm::ArrayRef<const clang::Expr *> Args);
  /// Which of this function's parameters flow, by reference or pointer,
  /// into which parameters of Callee at a call with these arguments
  /// (Object: the implicit object argument, if any).
  std::vector<ArgBinding> bindings(const clang::FunctionDecl *Callee,
                                   const clang::Expr *Object,
                                   llvm::ArrayRef<const clang::Expr *> Args);
  /// Records a write to Target if it lands in data a parameter reaches.
  void recordParamWrite(const clang::Expr *Target, bool ThroughPointer);
  /// Records what a writes-arguments function (std::swap, std::sort) at E
  /// writes among the data the parameters reach.
  void recordArgumentWrites(const clang::CallExpr *E,
                            const clang::FunctionDecl *Callee);
  /// The function a type-erased callable (std::function) Object holds,
  /// when this function can see it: a local initialised from a lambda or
  /// a function and then only called (or const).
  const clang::FunctionDecl *heldCallable(const clang::Expr *Object) const;
  /// The functions of a const table of function pointers indexed by
  /// Callee (`Table[i]()`); empty when Callee is not one or an entry is
  /// unknown.
  std::vector<const clang::FunctionDecl *>
  tableEntries(const clang::Expr *Callee) const;
  /// Records `delete p` / `free(p)` of what a parameter points to.
  void recordRelease(const clang::Expr *Pointer, llvm::StringRef Verb,
                     clang::SourceLocation Where);
  /// Records the I/O of a stream iterator's stream (stream-iterator rules).
  void recordStreamIterator(const clang::CXXConstructExpr *E);
  void addDestructor(const clang::CXXRecordDecl *Class,
                     clang::SourceLocation Loc);
  void addOp(Category Cat, std::string What, std::string Reason,
             clang::SourceLocation Loc);
  /// Records the intent E builds (see IntentSites.h), if it builds one
  /// and has not been recorded at an enclosing cast.
  void recordEmission(const clang::Expr *E, clang::SourceLocation Where);
  /// Records the bare models a call to the intent publisher hands over.
  void recordPublishedModels(const clang::CallExpr *E,
                             const clang::FunctionDecl *Callee);
  void markWrite(const clang::Expr *Target);
  /// Marks the variable of `&g` at E (parentheses and implicit casts
  /// aside) as used for its address only: compared, or turned into a
  /// `void *` token. Reading that address does not read the variable.
  void noteAddressToken(const clang::Expr *E);
  bool isWritten(const clang::Expr *E) const { return Written.contains(E); }
  bool mayMutateOwnMembers(const clang::CXXRecordDecl *Class) const;
  /// Whether Target is a data member holding an intrusive reference count
  /// (reference-count rules): updating it is bookkeeping.
  bool isReferenceCount(const clang::Expr *Target);
  /// Whether reading VD, a mutable variable with static storage, is not
  /// hidden state as far as this unit can tell; Variable is set to its USR
  /// when only the whole program can tell (external linkage).
  bool isConstantHere(const clang::VarDecl *VD, std::string &Variable);
  void scanDestructorMembers(const clang::CXXDestructorDecl *Dtor);

  Extractor &Ex;
  const clang::FunctionDecl *Def;
  FunctionSummary *Summary = nullptr;
  /// Operations found from the AST are not reported inside system headers:
  /// their internals are the platform's business. Rule hits still are.
  bool InSystemCode = false;
  /// Inside the initialiser of a function-local static: it runs once (see
  /// CallSite::Bookkeeping).
  unsigned InStaticInit = 0;
  llvm::DenseSet<const clang::Expr *> Written;
  llvm::DenseSet<const clang::DeclRefExpr *> AddressTokens;
  llvm::DenseSet<const clang::Expr *> Emitted;
  ParamFlow Flow;
};

} // namespace onex

#endif // ONEX_CHECKER_BODYSCANNER_H
