//===- NamePatternTest.cpp - Qualified-name and path patterns -------------===//

#include "checker/NamePattern.h"
#include "gtest/gtest.h"

namespace onex {
namespace {

NamePattern scope(llvm::StringRef Text) {
  NamePattern P;
  std::string Error;
  EXPECT_TRUE(NamePattern::parse(Text, NamePattern::Separator::Scope, P, Error))
      << Error;
  return P;
}

TEST(NamePattern, AnchoredMatchesOnlyTheGlobalName) {
  NamePattern P = scope("::write");
  EXPECT_TRUE(P.matches("write"));
  EXPECT_FALSE(P.matches("app::write"));
}

TEST(NamePattern, UnanchoredMatchesSuffixesAtScopeBoundaries) {
  NamePattern P = scope("KafkaClient::publish");
  EXPECT_TRUE(P.matches("acme::KafkaClient::publish"));
  EXPECT_TRUE(P.matches("KafkaClient::publish"));
  EXPECT_FALSE(P.matches("acme::MyKafkaClient::publish"));
  EXPECT_EQ(P.literalLastComponent(), "publish");
}

TEST(NamePattern, Wildcards) {
  EXPECT_TRUE(scope("::curl_*").matches("curl_easy_perform"));
  EXPECT_FALSE(scope("::curl_*").matches("curl::x"));
  EXPECT_TRUE(scope("spdlog::**").matches("spdlog::details::registry::get"));
  EXPECT_TRUE(scope("std::get?nv").matches("std::getenv"));
  EXPECT_EQ(scope("::curl_*").literalLastComponent(), "");
}

TEST(NamePattern, Paths) {
  NamePattern P;
  std::string Error;
  ASSERT_TRUE(NamePattern::parse("sys/socket.h", NamePattern::Separator::Path,
                                 P, Error));
  EXPECT_TRUE(P.matches("/usr/include/x86_64-linux-gnu/sys/socket.h"));
  EXPECT_FALSE(P.matches("/usr/include/mysys/socket.h"));
}

TEST(NamePattern, RejectsEmpty) {
  NamePattern P;
  std::string Error;
  EXPECT_FALSE(NamePattern::parse("", NamePattern::Separator::Scope, P, Error));
  EXPECT_FALSE(Error.empty());
}

} // namespace
} // namespace onex
