//===- Config.cpp ---------------------------------------------------------===//

#include "checker/Config.h"
#include "checker/RulePackLoader.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <mutex>

namespace onex {

std::vector<std::string> splitList(llvm::StringRef Value) {
  std::vector<std::string> Result;
  while (!Value.empty()) {
    auto [Item, Rest] = Value.split(';');
    Value = Rest;
    if (!Item.trim().empty())
      Result.push_back(Item.trim().str());
  }
  return Result;
}

std::string EngineOptions::key() const {
  std::string Key;
  for (const OptionInfo &Info : engineOptionInfos())
    Key += Info.Text ? this->*Info.Text + "\n"
                     : std::string(this->*Info.Flag ? "1\n" : "0\n");
  return Key;
}

llvm::ArrayRef<OptionInfo> engineOptionInfos() {
  using O = EngineOptions;
  static const OptionInfo Infos[] = {
      {"ReducerBaseClasses", &O::ReducerBaseClasses, nullptr,
       "Semicolon list of classes; a class derived from one is a reducer."},
      {"ReducerNamePattern", &O::ReducerNamePattern, nullptr,
       "Regex on unqualified class names; a match is a reducer."},
      {"ReducerFunctions", &O::ReducerFunctions, nullptr,
       "Regex on fully qualified function names; a match is a reducer."},
      {"EffectBaseClasses", &O::EffectBaseClasses, nullptr,
       "Semicolon list of classes; a class derived from one is an effect."},
      {"EffectNamePattern", &O::EffectNamePattern, nullptr,
       "Regex on unqualified class names; a match is an effect."},
      {"EffectFunctions", &O::EffectFunctions, nullptr,
       "Regex on fully qualified function names; a match is an effect."},
      {"RuleFiles", &O::RuleFiles, nullptr,
       "Semicolon list of YAML rule packs, consulted before the defaults."},
      {"IntentTypes", &O::IntentTypes, nullptr,
       "Semicolon list of intent classes or class templates; their data "
       "member 'payload' is the payload."},
      {"ModelBaseClasses", &O::ModelBaseClasses, nullptr,
       "Semicolon list of classes; a payload must derive from one."},
      {"UseDefaultRules", nullptr, &O::UseDefaultRules,
       "Whether the built-in rule packs apply."},
      {"OpaqueSystemCalls", nullptr, &O::OpaqueSystemCalls,
       "Whether calls to bodiless system-header functions that no rule "
       "knows are opaque (strict mode for onex-purity-opaque-call)."},
      {"SummaryIndex", &O::SummaryIndex, nullptr,
       "A summary index (onex-purity link --emit-index) or an onex-purity "
       "--cache directory: functions this unit cannot see are taken from "
       "it, so one-unit front ends see across files."},
  };
  return Infos;
}

namespace {

llvm::Error optionError(llvm::StringRef Option, const llvm::Twine &Message) {
  return llvm::createStringError("invalid value for option '" + Option +
                                 "': " + Message);
}

llvm::Error compileRegex(llvm::StringRef Option, llvm::StringRef Text,
                         std::optional<llvm::Regex> &Out) {
  if (Text.trim().empty())
    return llvm::Error::success();
  llvm::Regex R(Text);
  std::string Error;
  if (!R.isValid(Error))
    return optionError(Option,
                       "'" + Text + "' is not a regular expression: " + Error);
  Out.emplace(Text);
  return llvm::Error::success();
}

llvm::Error compileClasses(llvm::StringRef Option, llvm::StringRef Text,
                           std::vector<NamePattern> &Out) {
  for (const std::string &Item : splitList(Text)) {
    NamePattern P;
    std::string Error;
    if (!NamePattern::parse(Item, NamePattern::Separator::Scope, P, Error))
      return optionError(Option, Error);
    Out.push_back(std::move(P));
  }
  return llvm::Error::success();
}

llvm::Error loadRules(const EngineOptions &Options, RuleSet &Rules) {
  // User packs first: the first matching rule wins, so a company pack can
  // refine or override a default.
  for (const std::string &File : splitList(Options.RuleFiles))
    if (llvm::Error E = loadRuleFile(File, Rules))
      return E;
  if (Options.UseDefaultRules)
    for (const EmbeddedPack &Pack : embeddedRulePacks())
      if (llvm::Error E = loadRulePack(Pack.Content, Pack.Name, Rules))
        return E;
  return llvm::Error::success();
}

} // namespace

llvm::Expected<std::shared_ptr<const EngineConfig>>
compileConfig(const EngineOptions &Options) {
  auto Config = std::make_shared<EngineConfig>();
  Config->Options = Options;
  if (llvm::Error E =
          compileClasses("ReducerBaseClasses", Options.ReducerBaseClasses,
                         Config->ReducerBases))
    return std::move(E);
  if (llvm::Error E = compileClasses(
          "EffectBaseClasses", Options.EffectBaseClasses, Config->EffectBases))
    return std::move(E);
  if (llvm::Error E = compileClasses("IntentTypes", Options.IntentTypes,
                                     Config->IntentTypes))
    return std::move(E);
  if (llvm::Error E = compileClasses(
          "ModelBaseClasses", Options.ModelBaseClasses, Config->ModelBases))
    return std::move(E);
  for (auto [Name, Text, Out] :
       {std::tuple{"ReducerNamePattern", &Options.ReducerNamePattern,
                   &Config->ReducerName},
        {"ReducerFunctions", &Options.ReducerFunctions,
         &Config->ReducerFunctions},
        {"EffectNamePattern", &Options.EffectNamePattern, &Config->EffectName},
        {"EffectFunctions", &Options.EffectFunctions,
         &Config->EffectFunctions}})
    if (llvm::Error E = compileRegex(Name, *Text, *Out))
      return std::move(E);
  if (llvm::Error E = loadRules(Options, Config->Rules))
    return std::move(E);
  return Config;
}

llvm::Expected<std::shared_ptr<const EngineConfig>>
cachedConfig(const EngineOptions &Options) {
  // The key includes each rule file's modification time, so a long-lived
  // process (clangd) picks up edited packs.
  std::string Key = Options.key();
  for (const std::string &File : splitList(Options.RuleFiles)) {
    llvm::sys::fs::file_status Status;
    if (!llvm::sys::fs::status(File, Status))
      Key += "\n" + File + "@" +
             std::to_string(
                 Status.getLastModificationTime().time_since_epoch().count());
  }
  static std::mutex Mutex;
  static std::map<std::string, std::shared_ptr<const EngineConfig>> Cache;
  std::lock_guard<std::mutex> Lock(Mutex);
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;
  auto Compiled = compileConfig(Options);
  if (!Compiled)
    return Compiled.takeError();
  Cache.emplace(Key, *Compiled);
  return *Compiled;
}

} // namespace onex
