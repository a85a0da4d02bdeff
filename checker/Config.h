//===- Config.h - Engine options and their validated, compiled form -------===//
//
// The options are the same for every front end: clang-tidy reads them from
// CheckOptions (as global keys), the standalone tool from .clang-tidy too.
// compileConfig() validates them once and loads the rule packs; compiled
// configs are cached per process because every check of every translation
// unit asks for the same one.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_CONFIG_H
#define ONEX_CHECKER_CONFIG_H

#include "checker/NamePattern.h"
#include "checker/RuleSet.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace onex {

/// Option values as the user spells them.
struct EngineOptions {
  std::string ReducerBaseClasses = "::onex::NodeReducer";
  std::string ReducerNamePattern = "^Node[A-Za-z0-9_]*Reducer$";
  std::string ReducerFunctions;
  std::string EffectBaseClasses = "::onex::NodeEffect";
  std::string EffectNamePattern = "^Node[A-Za-z0-9_]*Effect$";
  std::string EffectFunctions;
  std::string RuleFiles;
  std::string IntentTypes = "::onex::ModelIntent";
  std::string ModelBaseClasses = "::onex::BaseModel";
  bool UseDefaultRules = true;
  bool OpaqueSystemCalls = false;
  std::string SummaryIndex;

  /// A stable text form of every option, used as the cache key.
  std::string key() const;
};

/// One option: its key, where it lives in EngineOptions (a text or a flag),
/// and what it does. Front ends read and store options through this table,
/// so adding an option is one line here.
struct OptionInfo {
  const char *Name;
  std::string EngineOptions::*Text;
  bool EngineOptions::*Flag;
  const char *Help;
};
llvm::ArrayRef<OptionInfo> engineOptionInfos();

/// Validated options with compiled regular expressions and rule packs.
struct EngineConfig {
  EngineOptions Options;
  std::vector<NamePattern> ReducerBases;
  std::vector<NamePattern> EffectBases;
  std::vector<NamePattern> IntentTypes;
  std::vector<NamePattern> ModelBases;
  std::optional<llvm::Regex> ReducerName;
  std::optional<llvm::Regex> ReducerFunctions;
  std::optional<llvm::Regex> EffectName;
  std::optional<llvm::Regex> EffectFunctions;
  RuleSet Rules;
};

/// Validates Options and loads the rule packs. Errors name the option (or
/// the rule file with line and column) and what is wrong with it.
llvm::Expected<std::shared_ptr<const EngineConfig>>
compileConfig(const EngineOptions &Options);

/// Like compileConfig, but returns the same object for the same options
/// while the rule files are unchanged.
llvm::Expected<std::shared_ptr<const EngineConfig>>
cachedConfig(const EngineOptions &Options);

/// Splits a semicolon-separated option value into trimmed,
/// non-empty items.
std::vector<std::string> splitList(llvm::StringRef Value);

} // namespace onex

#endif // ONEX_CHECKER_CONFIG_H
