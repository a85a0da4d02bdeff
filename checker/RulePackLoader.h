//===- RulePackLoader.h - Reads YAML rule packs into a RuleSet ------------===//

#ifndef ONEX_CHECKER_RULEPACKLOADER_H
#define ONEX_CHECKER_RULEPACKLOADER_H

#include "checker/RuleSet.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

namespace onex {

/// Parses one pack. Name is the file name used in errors and rule origins.
/// Errors read "<name>:<line>:<col>: <what is wrong>".
llvm::Error loadRulePack(llvm::StringRef Content, llvm::StringRef Name,
                         RuleSet &Into);

/// A pack compiled into the binaries from rules/*.yaml.
struct EmbeddedPack {
  llvm::StringRef Name;
  llvm::StringRef Content;
};
llvm::ArrayRef<EmbeddedPack> embeddedRulePacks();

} // namespace onex

#endif // ONEX_CHECKER_RULEPACKLOADER_H
