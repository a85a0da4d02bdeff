//===- CatalogueTest.cpp - The check catalogue ----------------------------===//

#include "checker/Category.h"
#include "gtest/gtest.h"
#include <string>

namespace onex {
namespace {

TEST(Catalogue, ChecksAreInNameOrderAndRoundTrip) {
  llvm::ArrayRef<CheckInfo> Checks = checkCatalogue();
  ASSERT_EQ(Checks.size(), 14u);
  for (size_t I = 0; I < Checks.size(); ++I) {
    EXPECT_EQ(checkNameFor(Checks[I].Cat), Checks[I].Name);
    EXPECT_EQ(categoryForCheck(Checks[I].Name), Checks[I].Cat);
    EXPECT_TRUE(isReported(Checks[I].Cat));
    if (I)
      EXPECT_LT(Checks[I - 1].Name, Checks[I].Name);
  }
  EXPECT_FALSE(isReported(Category::Pure));
  EXPECT_FALSE(isReported(Category::DictLike));
  // Misspelt names are built, not written out, so that no tool scanning the
  // sources for check names takes them for checks.
  const std::string Prefix = "onex-purity-";
  EXPECT_FALSE(categoryForCheck(Prefix + "nope"));
}

TEST(Catalogue, ClosestCheckName) {
  const std::string Prefix = "onex-purity-";
  EXPECT_EQ(closestCheckName(Prefix + "i0"), "onex-purity-io");
  EXPECT_EQ(closestCheckName(Prefix + "sycall"), "onex-purity-syscall");
  EXPECT_EQ(closestCheckName("bugprone-use-after-move"), "");
}

TEST(Catalogue, RuleCategories) {
  EXPECT_EQ(parseRuleCategory("io"), Category::IO);
  EXPECT_EQ(parseRuleCategory("mutator"), Category::Mutator);
  EXPECT_EQ(parseRuleCategory("payload-field"), Category::PayloadField);
  EXPECT_EQ(parseRuleCategory("global-state"), Category::GlobalState);
  EXPECT_EQ(parseRuleCategory("allocator"), Category::Allocator);
  EXPECT_TRUE(isDescriptive(Category::Allocator));
  EXPECT_FALSE(isDescriptive(Category::GlobalState));
  // Found from the AST, never named by a rule.
  EXPECT_FALSE(parseRuleCategory("member-state"));
  EXPECT_FALSE(parseRuleCategory(""));
  EXPECT_TRUE(isDescriptive(Category::DictLike));
  EXPECT_FALSE(isDescriptive(Category::Pure));
  EXPECT_FALSE(isDescriptive(Category::IO));
  // In catalogue order: the checks rules can name, then the descriptive.
  EXPECT_EQ(llvm::StringRef(ruleCategoryList()).split(", ").first,
            "global-state");
}

} // namespace
} // namespace onex
