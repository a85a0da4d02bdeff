//===- OptionReaderTest.cpp - The one reader of the onex options ----------===//

#include "frontend/OptionReader.h"
#include "gtest/gtest.h"

namespace onex {
namespace {

TidyOptionMap
options(std::initializer_list<std::pair<const char *, const char *>> Entries) {
  TidyOptionMap Map;
  for (auto [Key, Value] : Entries)
    Map[Key] = clang::tidy::ClangTidyOptions::ClangTidyValue(Value);
  return Map;
}

std::string fromProject(llvm::StringRef) { return "/proj/.clang-tidy"; }

TEST(OptionReader, PerCheckOverridesWin) {
  TidyOptionMap Map = options({{"ReducerFunctions", "^app::"},
                               {"onex-purity-io.ReducerFunctions", "^io::"}});
  auto IO = readEngineOptions(Map, "onex-purity-io", fromProject);
  auto Syscall = readEngineOptions(Map, "onex-purity-syscall", fromProject);
  ASSERT_TRUE(IO && Syscall);
  EXPECT_EQ(IO->ReducerFunctions, "^io::");
  EXPECT_EQ(Syscall->ReducerFunctions, "^app::");
  EXPECT_EQ(Syscall->Sources.lookup("ReducerFunctions"), "/proj/.clang-tidy");
}

TEST(OptionReader, BooleansAreStrict) {
  for (const char *Good : {"true", "TRUE", "False", "1", "0"})
    EXPECT_TRUE(bool(readEngineOptions(options({{"UseDefaultRules", Good}}), "",
                                       fromProject)))
        << Good;
  auto Bad = readEngineOptions(options({{"OpaqueSystemCalls", "on"}}), "",
                               fromProject);
  ASSERT_FALSE(bool(Bad));
  EXPECT_EQ(llvm::toString(Bad.takeError()),
            "invalid value for option 'OpaqueSystemCalls' in "
            "'/proj/.clang-tidy': 'on' is not a boolean (expected true or "
            "false)");
}

TEST(OptionReader, RelativePathsResolveFromTheirFile) {
  auto O =
      readEngineOptions(options({{"RuleFiles", "rules/a.yaml; /abs/b.yaml"},
                                 {"SummaryIndex", "../build/index"}}),
                        "", fromProject);
  ASSERT_TRUE(bool(O));
  EXPECT_EQ(O->RuleFiles, "/proj/rules/a.yaml;/abs/b.yaml");
  EXPECT_EQ(O->SummaryIndex, "/build/index");
}

TEST(OptionReader, MisspeltKeysAreWarnedAbout) {
  std::vector<std::string> W =
      unknownOptionWarnings(options({{"ReducerFuncions", "x"},
                                     {"onex-purity-io.Reducerfunctions", "x"},
                                     {"onex-purity-i0.ReducerFunctions", "x"},
                                     {"HeaderFileExtensions", "h"},
                                     {"bugprone-foo.Bar", "x"},
                                     {"ReducerFunctions", "x"}}),
                            fromProject);
  ASSERT_EQ(W.size(), 3u);
  EXPECT_EQ(W[0], "option 'onex-purity-i0.ReducerFunctions' in "
                  "'/proj/.clang-tidy' names an unknown check "
                  "'onex-purity-i0'; did you mean 'onex-purity-io'?");
  EXPECT_EQ(W[1], "unknown option 'ReducerFuncions' in '/proj/.clang-tidy'; "
                  "did you mean 'ReducerFunctions'?");
  EXPECT_EQ(W[2], "unknown option 'Reducerfunctions' of check "
                  "'onex-purity-io' in '/proj/.clang-tidy'; did you mean "
                  "'ReducerFunctions'?");
}

} // namespace
} // namespace onex
