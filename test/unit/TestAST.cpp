//===- TestAST.cpp --------------------------------------------------------===//

#include "TestAST.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

namespace onex::test {

namespace {

constexpr const char *SystemStdio = R"(
#pragma clang system_header
typedef struct FILE FILE;
extern "C" FILE *fopen(const char *, const char *);
extern "C" int puts(const char *);
extern "C" int rand();
)";

constexpr const char *OnexHeader = R"(
namespace onex {
struct NodeReducer {};
struct NodeEffect {};
struct BaseModel {};
template <typename P> struct ModelIntent { P payload; };
}
)";

/// A header two units can share: one definition seen by both.
constexpr const char *TwiceHeader = R"(
#pragma once
inline int twice(int x) { return 2 * x; }
)";

} // namespace

std::unique_ptr<clang::ASTUnit> buildAST(llvm::StringRef Code,
                                         llvm::StringRef FileName) {
  // The AST refers to the mapped contents without owning them (line
  // numbers are computed from them later): they must outlive it.
  static const clang::tooling::FileContentMappings Files = {
      {"sys/cstdio", SystemStdio},
      {"onex.h", OnexHeader},
      {"twice.h", TwiceHeader}};
  auto AST = clang::tooling::buildASTFromCodeWithArgs(
      Code, {"-std=c++20", "-isystem", "sys", "-I."}, FileName,
      "onex-unit-tests", std::make_shared<clang::PCHContainerOperations>(),
      clang::tooling::getClangStripDependencyFileAdjuster(), Files);
  EXPECT_TRUE(AST) << "the test input does not parse";
  return AST;
}

std::shared_ptr<const EngineConfig> config(const EngineOptions &Options,
                                           std::vector<RulePackSource> Packs) {
  auto Compiled = compileConfig(Options, Packs);
  if (!Compiled) {
    ADD_FAILURE() << llvm::toString(Compiled.takeError());
    return nullptr;
  }
  return *Compiled;
}

} // namespace onex::test
