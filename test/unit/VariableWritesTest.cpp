//===- VariableWritesTest.cpp - Which static variables code may modify ----===//

#include "checker/VariableWrites.h"
#include "TestAST.h"
#include "clang/AST/Decl.h"
#include "gtest/gtest.h"

namespace onex {
namespace {

constexpr const char *Code = R"(
struct Box { int v; int get() const { return v; } void set(int x) { v = x; } };
void take_ref(int &);
void take_const_ref(const int &);
int read_only = 1;
int assigned = 0;
int incremented = 0;
int address_taken = 0;
int address_to_const = 0;
int by_ref = 0;
int by_const_ref = 0;
Box box_read{1};
Box box_set{1};
int table[3] = {1, 2, 3};
int written_table[3] = {1, 2, 3};
const char *text = "x";
int *escaped_at_namespace_scope = &assigned;
int use() {
  assigned = 2;
  ++incremented;
  int *p = &address_taken;
  const int *q = &address_to_const;
  take_ref(by_ref);
  take_const_ref(by_const_ref);
  box_set.set(3);
  written_table[1] = 4;
  return read_only + box_read.get() + table[1] + *q + *p + (text != nullptr) +
         static_cast<int>(sizeof(incremented));
}
int &counter() {
  static int calls = 0;
  return calls;
}
int once() {
  static int value = use();
  return value;
}
)";

class VariableWritesTest : public ::testing::Test {
protected:
  void SetUp() override { AST = test::buildAST(Code); }
  bool modified(llvm::StringRef Name) {
    VariableWrites Writes(AST->getASTContext());
    const clang::VarDecl *Found = nullptr;
    findVariable(AST->getASTContext().getTranslationUnitDecl(), Name, Found);
    EXPECT_TRUE(Found) << Name.str();
    return Found && Writes.mayBeModified(Found);
  }
  static void findVariable(const clang::DeclContext *DC, llvm::StringRef Name,
                           const clang::VarDecl *&Found) {
    for (const clang::Decl *D : DC->decls()) {
      if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(D))
        if (VD->getName() == Name)
          Found = VD;
      if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D))
        if (FD->hasBody())
          for (const clang::Decl *Local : FD->decls())
            if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(Local))
              if (VD->getName() == Name)
                Found = VD;
    }
  }
  std::unique_ptr<clang::ASTUnit> AST;
};

TEST_F(VariableWritesTest, ReadsAreNotWrites) {
  EXPECT_FALSE(modified("read_only"));
  EXPECT_FALSE(modified("box_read")); // A const member function.
  EXPECT_FALSE(modified("table"));    // An element read.
  EXPECT_FALSE(modified("text"));
  EXPECT_FALSE(modified("address_to_const"));
  EXPECT_FALSE(modified("by_const_ref"));
  EXPECT_FALSE(modified("value")); // Written only by its initialiser.
}

TEST_F(VariableWritesTest, WritesAndEscapesAre) {
  EXPECT_TRUE(modified("assigned"));
  EXPECT_TRUE(modified("incremented"));
  EXPECT_TRUE(modified("address_taken"));
  EXPECT_TRUE(modified("by_ref"));
  EXPECT_TRUE(modified("box_set"));
  EXPECT_TRUE(modified("written_table"));
  EXPECT_TRUE(modified("calls")); // Returned by non-const reference.
}

} // namespace
} // namespace onex
