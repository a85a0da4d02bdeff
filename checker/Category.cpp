//===- Category.cpp -------------------------------------------------------===//

#include "checker/Category.h"
#include "llvm/ADT/STLExtras.h"
#include <cassert>

namespace onex {

namespace {

struct CategoryInfo {
  llvm::StringLiteral RuleName; // "" if rules cannot name it.
  llvm::StringLiteral Verb;
  bool Describes;
};

constexpr CheckInfo Checks[] = {
#define ONEX_CHECK(Id, RuleName, CheckName, Verb, Summary, Strict)             \
  {Category::Id, CheckName, Summary, Strict},
#include "checker/Checks.def"
};

// Indexed by Category: the X-macro keeps it in enum order.
constexpr CategoryInfo Categories[] = {
#define ONEX_CHECK(Id, RuleName, CheckName, Verb, Summary, Strict)             \
  {RuleName, Verb, false},
#define ONEX_RULE_CATEGORY(Id, RuleName, Verb, Describes)                      \
  {RuleName, Verb, Describes},
#include "checker/Checks.def"
};
static_assert(std::size(Categories) == size_t(Category::Unset),
              "one row per category");
// Check rows come first in Checks.def, so a check's index is its category.
static_assert(std::size(Checks) <= std::size(Categories));

const CategoryInfo &info(Category C) {
  assert(C < Category::Unset && "category not set");
  return Categories[static_cast<unsigned>(C)];
}

[[maybe_unused]] bool catalogueIsSorted() {
  for (size_t I = 0; I < std::size(Checks); ++I)
    if (Checks[I].Cat != Category(I) ||
        (I && !(Checks[I - 1].Name < Checks[I].Name)))
      return false;
  return true;
}

} // namespace

llvm::ArrayRef<CheckInfo> checkCatalogue() {
  assert(catalogueIsSorted() && "Checks.def rows must be in check-name order");
  return Checks;
}

bool isReported(Category C) {
  return static_cast<size_t>(C) < std::size(Checks);
}

llvm::StringRef checkNameFor(Category C) {
  assert(isReported(C) && "category has no check");
  return Checks[static_cast<unsigned>(C)].Name;
}

llvm::StringRef categoryVerb(Category C) { return info(C).Verb; }

bool isDescriptive(Category C) { return info(C).Describes; }

bool isStateCategory(Category C) {
  return C == Category::GlobalState || C == Category::MemberState;
}

std::optional<Category> categoryForCheck(llvm::StringRef CheckName) {
  for (const CheckInfo &I : checkCatalogue())
    if (I.Name == CheckName)
      return I.Cat;
  return std::nullopt;
}

llvm::StringRef closestCheckName(llvm::StringRef Name) {
  llvm::StringRef Best;
  unsigned BestDistance = 4; // Further than this is not a typo.
  for (const CheckInfo &I : checkCatalogue()) {
    unsigned D =
        Name.edit_distance(I.Name, /*AllowReplacements=*/true, BestDistance);
    if (D < BestDistance) {
      BestDistance = D;
      Best = I.Name;
    }
  }
  return Best;
}

std::optional<Category> parseRuleCategory(llvm::StringRef Name) {
  for (size_t I = 0; I < std::size(Categories); ++I)
    if (!Categories[I].RuleName.empty() && Categories[I].RuleName == Name)
      return Category(I);
  return std::nullopt;
}

std::string ruleCategoryList() {
  std::string List;
  for (const CategoryInfo &I : Categories)
    if (!I.RuleName.empty())
      List += (List.empty() ? "" : ", ") + I.RuleName.str();
  return List;
}

} // namespace onex
