//===- IntentSites.h - Where code emits and handles intents ---------------===//
//
// The AST half of the intent contracts. Reducer-side code emits an intent
// where it builds one (aggregate initialisation or a constructor other than
// copy and move) or hands a bare model to the publisher; the contracts do
// not ask what happens to it afterwards: a reducer builds intents to emit
// them. An effect or intent executor handles an intent it takes:
//   - a parameter of an intent or model type (one overload per intent);
//   - the first parameter of a lambda it defines, or of a visitor it hands
//     to std::visit (the arms of a visit);
//   - a type test naming one: is_same(_v), holds_alternative, get_if, get
//     (the branches of an `if constexpr` or of a variant check);
//   - a case label or an equality test on the intent's type field
//     (intent_type), which narrows the function's intents to those types;
//   - a read of a value that holds intents and comes from a parameter (or
//     the effect's own object): a container of intents, or a field of a
//     bundle of them (`in.persist`), iterated, indexed, dereferenced,
//     accessed through an element member (front, at, find, value, ...) or
//     handed to the library; handed to a function of the program instead,
//     it is handled where that function's reads of the parameter are
//     (forwarding). The alternatives of a variant so read are handled
//     unless the function's visit arms or type tests name some of them.
// "Holds intents" is one rule over types: an intent or model, or any class
// template specialization whose type arguments hold intents (vector,
// optional, span, map, shared_ptr, a container of the user's own).
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_INTENTSITES_H
#define ONEX_CHECKER_INTENTSITES_H

#include "checker/IntentVocabulary.h"
#include "checker/Summary.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <optional>
#include <vector>

namespace onex {

/// The intent E builds, when E is the semantic form of an initialiser list
/// or a construction (not a copy or move) of an intent type.
std::optional<IntentKey> intentBuiltBy(const clang::Expr *E,
                                       const IntentVocabulary &Intents);

/// The intent an argument to the publisher hands over when it is a bare
/// model (an intent argument is counted where it is built).
std::optional<IntentKey> modelPublishedBy(const clang::Expr *Arg,
                                          const IntentVocabulary &Intents);

struct HandledIntent {
  IntentKey Intent;
  clang::SourceLocation Where;
  std::string Bundle, Field; // See IntentSite.
  unsigned Param = IntentSite::AnyParam;
  const clang::FunctionDecl *ForwardTo = nullptr;
  unsigned ForwardParam = 0;
};

/// Whether a value of type T holds intents (see the rule above); through
/// references and pointers.
bool holdsIntents(clang::QualType T, const IntentVocabulary &Intents);

/// Whether some parameter of FD holds intents.
bool takesIntents(const clang::FunctionDecl *FD,
                  const IntentVocabulary &Intents);

/// The bundle field the intent built by E goes into: E (an emission) is
/// pushed, inserted, assigned or aggregate-initialised into a field that
/// holds intents. Reads the AST's parents: call it on emissions only.
std::optional<std::pair<std::string, std::string>>
bundleFieldReceiving(const clang::Expr *E, clang::ASTContext &Ctx,
                     const IntentVocabulary &Intents);

/// The intents the effect or executor Def takes, in source order, each
/// once.
std::vector<HandledIntent> intentsHandledBy(const clang::FunctionDecl *Def,
                                            const IntentVocabulary &Intents);

} // namespace onex

#endif // ONEX_CHECKER_INTENTSITES_H
