//===- NolintTest.cpp - NOLINT comments from the SourceManager ------------===//

#include "checker/Nolint.h"
#include "TestAST.h"
#include "gtest/gtest.h"

namespace onex {
namespace {

constexpr const char *Code = R"(int a; // NOLINT
int b; // NOLINT(onex-purity-io, onex-intent-*)
// NOLINTNEXTLINE(onex-purity-syscall): next
int c;
// NOLINTBEGIN(onex-purity-io)
int d;
// NOLINTEND(onex-purity-syscall)
int e;
// NOLINTEND(onex-purity-io)
int f; // NOLINT(-onex-purity-io) NOLINTED
)";

class NolintTest : public ::testing::Test {
protected:
  void SetUp() override { AST = test::buildAST(Code); }

  std::vector<Waiver> at(unsigned Line) {
    clang::SourceManager &SM = AST->getSourceManager();
    NolintIndex Index(SM);
    return Index.waiversAt(
        SM.translateLineCol(SM.getMainFileID(), Line, /*Col=*/1));
  }

  bool silences(unsigned Line, Category C) {
    for (const Waiver &W : at(Line))
      if (W.silences(C))
        return true;
    return false;
  }

  std::unique_ptr<clang::ASTUnit> AST;
};

TEST_F(NolintTest, WithoutAListEveryCheck) {
  for (const CheckInfo &Check : checkCatalogue())
    EXPECT_TRUE(silences(1, Check.Cat)) << Check.Name.str();
}

TEST_F(NolintTest, ListsAreGlobs) {
  EXPECT_TRUE(silences(2, Category::IO));
  EXPECT_TRUE(silences(2, Category::UntypedPayload));
  EXPECT_TRUE(silences(2, Category::PayloadModel));
  EXPECT_FALSE(silences(2, Category::Syscall));
}

TEST_F(NolintTest, NextLineCarriesItsJustification) {
  std::vector<Waiver> W = at(4);
  ASSERT_EQ(W.size(), 1u);
  EXPECT_TRUE(W[0].silences(Category::Syscall));
  EXPECT_EQ(W[0].Justification, "next");
  EXPECT_EQ(W[0].Line, 3u);
  EXPECT_EQ(W[0].Column, 4u);
}

TEST_F(NolintTest, BlocksCloseOnlyOnAnEqualList) {
  EXPECT_TRUE(silences(6, Category::IO));
  EXPECT_TRUE(silences(8, Category::IO)); // The syscall END closed nothing.
  EXPECT_FALSE(silences(10, Category::IO));
}

TEST_F(NolintTest, NegativeGlobsAndOtherWordsSilenceNothing) {
  EXPECT_TRUE(at(10).empty());
}

} // namespace
} // namespace onex
