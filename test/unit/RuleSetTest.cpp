//===- RuleSetTest.cpp - Rule packs and their lookup ----------------------===//

#include "checker/RuleSet.h"
#include "checker/RulePackLoader.h"
#include "gtest/gtest.h"

namespace onex {
namespace {

constexpr const char *Company = R"yaml(
pack: acme
rules:
  - category: pure
    reason: audited
    functions: ["acme::log"]
  - category: io
    reason: ACME bus
    functions: ["acme::**"]
  - category: io
    reason: streams
    types: ["acme::Stream"]
    except: ["acme::MemoryStream"]
  - category: opaque
    reason: erased
    types: ["acme::Callback"]
    members: ["operator()"]
  - category: dict-like
    reason: bag
    types: ["acme::Bag"]
  - category: mutator
    reason: containers
    members: [add]
  - category: payload-field
    reason: body
    members: [body]
  - category: io
    reason: sockets
    headers: ["acme/net.h"]
)yaml";

class RuleSetTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(bool(loadRulePack(Company, "acme.yaml", Rules)));
  }
  RuleSet Rules;
};

TEST_F(RuleSetTest, FirstMatchingFunctionRuleWins) {
  const Rule *R = Rules.matchFunction("acme::log", "log");
  ASSERT_TRUE(R);
  EXPECT_EQ(R->Cat, Category::Pure);
  R = Rules.matchFunction("acme::net::send", "send");
  ASSERT_TRUE(R);
  EXPECT_EQ(R->Reason, "ACME bus");
  EXPECT_FALSE(Rules.matchFunction("app::send", "send"));
}

TEST_F(RuleSetTest, TypeRulesCoverDerivedClassesMinusExceptions) {
  std::string Matched;
  const Rule *R =
      Rules.matchType({"app::FileStream", "acme::Stream"}, "write", &Matched);
  ASSERT_TRUE(R);
  EXPECT_EQ(Matched, "acme::Stream");
  EXPECT_FALSE(Rules.matchType({"acme::MemoryStream", "acme::Stream"}, ""));
}

TEST_F(RuleSetTest, MemberRulesDoNotCoverConstruction) {
  EXPECT_TRUE(Rules.matchType({"acme::Callback"}, "operator()"));
  EXPECT_FALSE(Rules.matchType({"acme::Callback"}, ""));
  EXPECT_FALSE(Rules.matchType({"acme::Callback"}, "reset"));
}

TEST_F(RuleSetTest, DescriptiveRulesOnlyWhenAskedFor) {
  EXPECT_FALSE(Rules.matchType({"acme::Bag"}, ""));
  EXPECT_TRUE(Rules.matchType({"acme::Bag"}, "", nullptr, Category::DictLike));
  EXPECT_FALSE(
      Rules.matchType({"acme::Stream"}, "", nullptr, Category::DictLike));
  // A mutator rule without types applies to every class.
  EXPECT_TRUE(
      Rules.matchType({"std::vector"}, "add", nullptr, Category::Mutator));
  EXPECT_FALSE(
      Rules.matchType({"std::vector"}, "size", nullptr, Category::Mutator));
  EXPECT_TRUE(Rules.isPayloadField("body"));
  EXPECT_FALSE(Rules.isPayloadField("payload"));
}

TEST_F(RuleSetTest, Headers) {
  ASSERT_TRUE(Rules.matchHeader("/opt/include/acme/net.h"));
  EXPECT_FALSE(Rules.matchHeader("/opt/include/acme/netx.h"));
}

TEST(RulePackLoader, ErrorsNameFileLineAndColumn) {
  RuleSet Rules;
  llvm::Error E = loadRulePack("pack: p\nrules:\n  - category: disk\n"
                               "    reason: r\n    functions: [f]\n",
                               "p.yaml", Rules);
  ASSERT_TRUE(bool(E));
  EXPECT_EQ(llvm::toString(std::move(E)).substr(0, 40),
            "p.yaml:3:5: unknown category 'disk' (exp");
  E = loadRulePack("pack: p\nrules:\n  - category: map\n    reason: r\n"
                   "    members: [m]\n",
                   "q.yaml", Rules);
  ASSERT_TRUE(bool(E));
  EXPECT_EQ(llvm::toString(std::move(E)),
            "q.yaml:3:5: a 'map' rule names 'types' (and optionally "
            "'except') only");
}

TEST(RulePackLoader, EveryEmbeddedPackLoads) {
  RuleSet Rules;
  ASSERT_FALSE(embeddedRulePacks().empty());
  for (const EmbeddedPack &Pack : embeddedRulePacks())
    EXPECT_FALSE(bool(loadRulePack(Pack.Content, Pack.Name, Rules)))
        << Pack.Name.str();
  EXPECT_TRUE(Rules.isPayloadField("payload"));
}

} // namespace
} // namespace onex
