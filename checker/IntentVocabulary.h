//===- IntentVocabulary.h - What counts as an intent and as a model -------===//
//
// The type questions the payload checks and the intent contracts both ask:
// is a class a payload model (derived from ModelBaseClasses), is it an
// intent (IntentTypes, IntentNamePattern, or a class template whose
// payload member holds its argument), what its payload type is, and what
// constant names its type (intent_type).
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_INTENTVOCABULARY_H
#define ONEX_CHECKER_INTENTVOCABULARY_H

#include "checker/CallRules.h"
#include "checker/Config.h"
#include "checker/Summary.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <string>

namespace onex {

class IntentVocabulary {
public:
  IntentVocabulary(clang::ASTContext &Ctx, const EngineConfig &Config,
                   const CallRules &Rules)
      : Ctx(Ctx), Config(Config), Rules(Rules) {}

  /// Whether RD derives from a ModelBaseClasses class (and is not one).
  bool isModel(const clang::CXXRecordDecl *RD) const;
  /// RD itself when it is an intent type, else null.
  const clang::CXXRecordDecl *
  intentRecord(const clang::CXXRecordDecl *RD) const;
  /// The type of Intent's payload member (payload-field rules); null when
  /// it has none.
  clang::QualType payloadType(const clang::CXXRecordDecl *Intent) const;
  /// The model an intent of type T carries, or T itself when it is a
  /// model: the key the contracts match emissions and handlers by. Null
  /// when T is neither (through references and cv-qualifiers).
  const clang::CXXRecordDecl *carriedModel(clang::QualType T) const;
  /// A type as contract keys and messages spell it: canonical and fully
  /// qualified, the same in every unit ("bridge::PublishEvent").
  std::string spell(clang::QualType T) const;
  /// The contract key of an intent or model type T (no intent_type): the
  /// model it carries, T as spelled. Nothing when T carries no model.
  std::optional<IntentKey> keyOf(clang::QualType T) const;
  /// The constant E names an intent type with, as the contracts compare
  /// it: a string literal in quotes ("\"PUBLISH_EVENT\""), an enumerator by
  /// its qualified name; through constant variables, conversions and
  /// std::string("..."). Nothing for anything computed at run time.
  std::optional<std::string> intentTypeConstant(const clang::Expr *E) const;
  /// Whether the field is the intent's type (intent-type-field rules).
  bool isIntentTypeField(const clang::FieldDecl *Field) const {
    return isIntentTypeName(Field->getName());
  }
  bool isIntentTypeName(llvm::StringRef Name) const {
    return Rules.isIntentTypeField(Name);
  }
  /// The member expression when E reads or writes an intent's type field
  /// (`intent.intent_type`, through conversions and parentheses).
  const clang::MemberExpr *intentTypeMember(const clang::Expr *E) const;
  /// Calls Visit for each intent-type field that Init, the semantic form
  /// of an intent's initialiser list, gives a value (not a member's
  /// default).
  void forEachTypeFieldInit(
      const clang::InitListExpr *Init,
      llvm::function_ref<void(const clang::FieldDecl *, const clang::Expr *)>
          Visit) const;

private:
  const clang::CXXRecordDecl *
  computeIntentRecord(const clang::CXXRecordDecl *RD) const;

  clang::ASTContext &Ctx;
  const EngineConfig &Config;
  const CallRules &Rules;
  /// Asked for every construction a body makes: each class is decided once.
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, bool> KnownIntents;
};

} // namespace onex

#endif // ONEX_CHECKER_INTENTVOCABULARY_H
