//===- ModelDraftTest.cpp - Keys of a dict-like type, drafted as a model --===//

#include "checker/ModelDraft.h"
#include "TestAST.h"
#include "gtest/gtest.h"

namespace onex {
namespace {

constexpr const char *Bag = R"(
struct Str { Str(const char *); };
struct Bag {
  Bag &operator[](const char *);
  template <class T> T get() const;
  Bag &operator=(int);
};
using Payload = Bag;
)";

std::vector<KeyUse> keysIn(llvm::StringRef Code, llvm::StringRef Type) {
  auto AST = test::buildAST((std::string(Bag) + Code.str()));
  return findKeyUses(AST->getASTContext(), Type);
}

TEST(ModelDraft, KeysWithTheTypesTheCodeGives) {
  auto Uses = keysIn(R"(
int f(Payload &p, const char *k) {
  p["count"] = 2;
  p[k] = 1;                  // not constant
  int n = p["n"].get<int>();
  p["outer"]["inner"] = 1;   // "inner" is the nested model's
  return n;
}
)",
                     "Payload");
  ASSERT_EQ(Uses.size(), 3u);
  EXPECT_EQ(Uses[0].Key, "count");
  EXPECT_EQ(Uses[0].Type, "int");
  EXPECT_EQ(Uses[1].Key, "n");
  EXPECT_EQ(Uses[1].Type, "int");
  EXPECT_EQ(Uses[2].Key, "outer");
  EXPECT_EQ(Uses[2].Type, "");
  // The class's own name finds them too; another type finds none.
  EXPECT_EQ(keysIn("void g(Bag &b) { b[\"x\"] = 1; }", "Bag").size(), 1u);
  EXPECT_TRUE(keysIn("void g(Bag &b) { b[\"x\"] = 1; }", "Other").empty());
}

TEST(ModelDraft, DraftNamesFieldsAndLeavesUnknownTypesVisible) {
  Location At;
  At.File = "a.cpp";
  At.Line = 3;
  std::vector<KeyUse> Uses = {{"zeta", "int", At},
                              {"order-ref", "std::string", At},
                              {"zeta", "long", At},
                              {"blob", "", At}};
  EXPECT_EQ(draftModel("ModelX", "onex::BaseModel", "Bag", Uses),
            "// Drafted by onex-purity suggest-model from 4 uses of 'Bag'.\n"
            "struct ModelX : onex::BaseModel {\n"
            "  TODO_TYPE blob; // the code never says its type; first used "
            "at a.cpp:3\n"
            "  std::string order_ref; // key \"order-ref\"; first used at "
            "a.cpp:3\n"
            "  int zeta; // also used as long; first used at a.cpp:3\n"
            "};\n");
  EXPECT_EQ(modelBaseName("::app::Model;::onex::BaseModel"), "app::Model");
  EXPECT_EQ(modelBaseName(""), "onex::BaseModel");
}

} // namespace
} // namespace onex
