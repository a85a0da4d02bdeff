//===- EmbeddedRules.cpp - The default rule packs, compiled in ------------===//
//
// rules/*.yaml are turned into raw string literals at build time
// (cmake/EmbedRules.cmake), so the binaries need no install path to find
// their defaults.
//
//===----------------------------------------------------------------------===//

#include "checker/RulePackLoader.h"

namespace onex {

llvm::ArrayRef<EmbeddedPack> embeddedRulePacks() {
  static const EmbeddedPack Packs[] = {
#include "EmbeddedRules.inc"
  };
  return Packs;
}

} // namespace onex
