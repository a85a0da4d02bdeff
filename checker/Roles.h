//===- Roles.h - Which functions are reducers, effects or escape hatches --===//
//
// A reducer is found by annotation (ONEX_REDUCER), base class
// (ReducerBaseClasses), class name (ReducerNamePattern) or function name
// (ReducerFunctions); effects likewise. ONEX_PURE functions are entry points
// too, and ONEX_ALLOW_IMPURE functions are not followed.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_ROLES_H
#define ONEX_CHECKER_ROLES_H

#include "checker/Config.h"
#include "checker/Summary.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>

namespace onex {

class RoleClassifier {
public:
  explicit RoleClassifier(const EngineConfig &Config)
      : Config(Config),
        Publishers("onex::intent_publisher", Config.PublisherClasses),
        Executors("onex::intent_executor", Config.ExecutorClasses) {}

  bool isReducerClass(const clang::CXXRecordDecl *RD);
  bool isEffectClass(const clang::CXXRecordDecl *RD);

  /// Entry kind of a function: reducer (ONEX_REDUCER, a name
  /// ReducerFunctions matches, or a public or protected member of a reducer
  /// class that the user wrote), pure function (ONEX_PURE), or none. A
  /// private member is reached through its callers. Functions declared in
  /// system headers are entry points only when marked or named exactly.
  EntryKind entryKind(const clang::FunctionDecl *FD);
  bool isEffect(const clang::FunctionDecl *FD);
  /// Whether FD is the intent publisher, the one sanctioned channel out of
  /// a reducer (ONEX_INTENT_PUBLISHER on it or its class, a class or base
  /// in IntentPublisherClasses, a name IntentPublisherFunctions matches):
  /// a reducer's call to it emits an intent; its body is effect-side code.
  bool isIntentPublisher(const clang::FunctionDecl *FD);
  /// Whether FD is an intent executor (an orchestrator: it takes intents
  /// and routes them to effects): ONEX_INTENT_EXECUTOR on it or its class,
  /// a class or base in IntentExecutorClasses, a name
  /// IntentExecutorFunctions matches. The intents it takes count as
  /// handled, as an effect's do.
  bool isIntentExecutor(const clang::FunctionDecl *FD);
  /// The ONEX_ALLOW_IMPURE reason of FD (or of its class), if any.
  std::optional<std::string> allowImpureReason(const clang::FunctionDecl *FD);
  bool isMarkedPure(const clang::FunctionDecl *FD);

private:
  enum ClassRole : unsigned char { None = 0, Reducer = 1, Effect = 2 };
  ClassRole classRole(const clang::CXXRecordDecl *RD);
  ClassRole computeClassRole(const clang::CXXRecordDecl *RD);

  /// A class role given by an annotation or a class list, inherited by
  /// derived classes (publishers, executors); each class is decided once.
  struct MarkedClasses {
    MarkedClasses(llvm::StringLiteral Annotation,
                  const std::vector<NamePattern> &Classes)
        : Annotation(Annotation), Classes(Classes) {}
    llvm::StringLiteral Annotation;
    const std::vector<NamePattern> &Classes;
    llvm::DenseMap<const clang::CXXRecordDecl *, bool> Known;
  };
  bool isMarked(MarkedClasses &Marks, const clang::CXXRecordDecl *RD);
  bool computeIsMarked(MarkedClasses &Marks, const clang::CXXRecordDecl *RD);
  /// A function with the annotation, a member of a marked class (not of a
  /// reducer that mixes it in), or one the function pattern names.
  bool isMarkedFunction(MarkedClasses &Marks,
                        const std::optional<llvm::Regex> &Functions,
                        const clang::FunctionDecl *FD);

  const EngineConfig &Config;
  llvm::DenseMap<const clang::CXXRecordDecl *, ClassRole> ClassRoles;
  MarkedClasses Publishers;
  MarkedClasses Executors;
};

/// Whether D carries [[clang::annotate(Name, ...)]]; the first argument, if a
/// string literal, is stored in Argument.
bool hasAnnotation(const clang::Decl *D, llvm::StringRef Name,
                   std::string *Argument = nullptr);

} // namespace onex

#endif // ONEX_CHECKER_ROLES_H
