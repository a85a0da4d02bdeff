//===- Config.h - Engine options and their validated, compiled form -------===//
//
// The options are the same for every front end; the front ends read them
// (frontend/OptionReader.h) and the rule packs they name, and hand both to
// compileConfig(), which validates them and builds the EngineConfig the
// analysis runs with. Nothing here reads a file.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_CONFIG_H
#define ONEX_CHECKER_CONFIG_H

#include "checker/NamePattern.h"
#include "checker/RuleSet.h"
#include "llvm/ADT/StringMap.h"
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
  std::string IntentPublisherClasses;
  std::string IntentPublisherFunctions;
  std::string IntentExecutorClasses;
  std::string IntentExecutorFunctions;
  std::string ExternalIntents;
  std::string RuleFiles;
  std::string IntentTypes = "::onex::ModelIntent";
  std::string IntentNamePattern = "^Model[A-Za-z0-9_]*Intent$";
  std::string ModelBaseClasses = "::onex::BaseModel";
  bool UseDefaultRules = true;
  bool OpaqueSystemCalls = false;
  std::string SummaryIndex;

  /// Where options were set: option name -> the configuration file (or
  /// "command line"). Only error messages read it; it is not part of key().
  llvm::StringMap<std::string> Sources;

  /// A stable text form of every option, used as the cache key.
  std::string key() const;
};

/// One option: its key and where it lives in EngineOptions (a text or a
/// flag). Front ends read and store options through this table, so adding
/// an option is one line here (and one row in common-options.md, which a
/// test compares with the reference .clang-tidy).
struct OptionInfo {
  llvm::StringLiteral Name;
  std::string EngineOptions::*Text;
  bool EngineOptions::*Flag;
  /// A path list resolved against the directory of the file setting it.
  bool IsPathList;
};
llvm::ArrayRef<OptionInfo> engineOptionInfos();

/// A rule pack's text and the name its errors use (its path).
struct RulePackSource {
  std::string Name;
  std::string Content;
};

/// Validated options with compiled regular expressions and rule packs.
struct EngineConfig {
  EngineOptions Options;
  std::vector<NamePattern> ReducerBases;
  std::vector<NamePattern> EffectBases;
  std::vector<NamePattern> PublisherClasses;
  std::vector<NamePattern> ExecutorClasses;
  std::vector<NamePattern> IntentTypes;
  std::vector<NamePattern> ModelBases;
  std::optional<llvm::Regex> ReducerName;
  std::optional<llvm::Regex> IntentName;
  std::optional<llvm::Regex> ReducerFunctions;
  std::optional<llvm::Regex> EffectName;
  std::optional<llvm::Regex> EffectFunctions;
  std::optional<llvm::Regex> PublisherFunctions;
  std::optional<llvm::Regex> ExecutorFunctions;
  std::optional<llvm::Regex> ExternalIntents;
  RuleSet Rules;
};

/// Validates Options and parses the rule packs: UserPacks (the contents of
/// Options.RuleFiles, read by the front end) first, then the built-in ones
/// unless UseDefaultRules is off. Errors name the option and the file that
/// set it (or the rule pack with line and column) and what is wrong.
llvm::Expected<std::shared_ptr<const EngineConfig>>
compileConfig(const EngineOptions &Options,
              llvm::ArrayRef<RulePackSource> UserPacks);

/// The message of a bad option value: "invalid value for option 'Name' in
/// '<source>': <what>", the same text in every front end.
std::string optionErrorMessage(const EngineOptions &Options,
                               llvm::StringRef Name, const llvm::Twine &What);

/// Splits a semicolon-separated option value into trimmed,
/// non-empty items.
std::vector<std::string> splitList(llvm::StringRef Value);

} // namespace onex

#endif // ONEX_CHECKER_CONFIG_H
