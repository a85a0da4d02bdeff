//===- TestAST.h - Building ASTs and configurations in unit tests ---------===//

#ifndef ONEX_TEST_UNIT_TESTAST_H
#define ONEX_TEST_UNIT_TESTAST_H

#include "checker/Config.h"
#include "clang/Frontend/ASTUnit.h"
#include <memory>
#include <string>

namespace onex::test {

/// The AST of Code (C++20, file "input.cc"), with a minimal stand-in for
/// the onex header, <cstdio> as a system header and "twice.h" (an inline
/// function).
std::unique_ptr<clang::ASTUnit> buildAST(llvm::StringRef Code,
                                         llvm::StringRef FileName = "input.cc");

/// The default configuration, with the extra options and packs given.
std::shared_ptr<const EngineConfig>
config(const EngineOptions &Options = EngineOptions(),
       std::vector<RulePackSource> Packs = {});

} // namespace onex::test

#endif // ONEX_TEST_UNIT_TESTAST_H
