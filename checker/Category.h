//===- Category.h - Kinds of impurity and the checks that report them -----===//
//
// A category is what an impure operation does (I/O, a clock read, ...). Each
// category is reported by exactly one check; the mapping lives here so that
// every front end names checks the same way.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_CATEGORY_H
#define ONEX_CHECKER_CATEGORY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace onex {

enum class Category {
  IO,
  Syscall,
  Nondeterminism,
  Serialization,
  GlobalState,
  MemberState,
  EffectCall,
  Opaque,
  /// A type-erased, dict-like intent payload (onex-intent-untyped-payload).
  UntypedPayload,
  /// An intent payload that is not a model (onex-intent-payload-model).
  PayloadModel,
  /// Rule-only: a dict-like type (std::any, JSON values, ...).
  DictLike,
  /// Known to be pure; rules of this category silence opaque-call findings.
  Pure,
};

/// The spelling used in rule packs ("io", "syscall", ...).
llvm::StringRef categoryName(Category C);
/// Parses a rule-pack spelling; std::nullopt when unknown.
std::optional<Category> parseCategory(llvm::StringRef Name);
/// Every category spelling a rule pack accepts, for error messages.
llvm::StringRef ruleCategoryList();

/// The check that reports findings of category C ("onex-purity-io", ...).
llvm::StringRef checkNameFor(Category C);
/// The category a check reports; std::nullopt for unknown names.
std::optional<Category> categoryForCheck(llvm::StringRef CheckName);
/// All reportable categories, in check-name order.
llvm::ArrayRef<Category> reportedCategories();

/// The verb phrase of a finding, e.g. "performs I/O".
llvm::StringRef categoryVerb(Category C);

/// One sentence saying what the check for C reports (SARIF, --list-checks).
llvm::StringRef checkSummary(Category C);

} // namespace onex

#endif // ONEX_CHECKER_CATEGORY_H
