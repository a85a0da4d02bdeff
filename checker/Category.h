//===- Category.h - Kinds of impurity and the checks that report them -----===//
//
// A category is what an impure operation does (I/O, a clock read, ...). Each
// reportable category is reported by exactly one check. Categories, checks
// and their metadata come from one table, Checks.def.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_CATEGORY_H
#define ONEX_CHECKER_CATEGORY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace onex {

enum class Category {
#define ONEX_CHECK(Id, RuleName, CheckName, Verb, Summary, Strict) Id,
#define ONEX_RULE_CATEGORY(Id, RuleName, Verb, Describes) Id,
#include "checker/Checks.def"
  /// Not a category: what a default-constructed finding or operation holds
  /// until the engine sets it. Never reported (asserted).
  Unset,
};

/// One row of the check catalogue.
struct CheckInfo {
  Category Cat;
  llvm::StringLiteral Name;    // "onex-purity-io"
  llvm::StringLiteral Summary; // One sentence.
  bool Strict;                 // Reports more in strict mode.
};

/// Every check, in name order.
llvm::ArrayRef<CheckInfo> checkCatalogue();

/// Whether findings of category C are reported (by checkNameFor(C)).
bool isReported(Category C);
/// The check that reports category C; C must be reported.
llvm::StringRef checkNameFor(Category C);
/// The category a check reports; std::nullopt for unknown names.
std::optional<Category> categoryForCheck(llvm::StringRef CheckName);
/// The check name closest to Name (edit distance), for "did you mean";
/// empty when nothing is close.
llvm::StringRef closestCheckName(llvm::StringRef Name);

/// The verb phrase of a finding, e.g. "performs I/O".
llvm::StringRef categoryVerb(Category C);

/// Whether C is about state (global or member): what bookkeeping (a
/// static's initialiser, an allocator) may set up unobserved.
bool isStateCategory(Category C);

/// Whether rules of category C describe types or members (dict-like,
/// mutator, ...) rather than classify calls (io, pure, ...).
bool isDescriptive(Category C);

/// Parses a rule-pack spelling ("io", "pure", ...); std::nullopt when rules
/// cannot name such a category.
std::optional<Category> parseRuleCategory(llvm::StringRef Name);
/// Every spelling a rule pack accepts, comma-separated, for error messages.
std::string ruleCategoryList();

} // namespace onex

#endif // ONEX_CHECKER_CATEGORY_H
