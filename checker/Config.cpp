//===- Config.cpp ---------------------------------------------------------===//

#include "checker/Config.h"
#include "checker/RulePackLoader.h"
#include "llvm/Support/raw_ostream.h"
#include <tuple>

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
  static constexpr OptionInfo Infos[] = {
      {"ReducerBaseClasses", &O::ReducerBaseClasses, nullptr, false},
      {"ReducerNamePattern", &O::ReducerNamePattern, nullptr, false},
      {"ReducerFunctions", &O::ReducerFunctions, nullptr, false},
      {"EffectBaseClasses", &O::EffectBaseClasses, nullptr, false},
      {"EffectNamePattern", &O::EffectNamePattern, nullptr, false},
      {"EffectFunctions", &O::EffectFunctions, nullptr, false},
      {"IntentPublisherClasses", &O::IntentPublisherClasses, nullptr, false},
      {"IntentPublisherFunctions", &O::IntentPublisherFunctions, nullptr,
       false},
      {"IntentExecutorClasses", &O::IntentExecutorClasses, nullptr, false},
      {"IntentExecutorFunctions", &O::IntentExecutorFunctions, nullptr, false},
      {"ExternalIntents", &O::ExternalIntents, nullptr, false},
      {"RuleFiles", &O::RuleFiles, nullptr, true},
      {"IntentTypes", &O::IntentTypes, nullptr, false},
      {"IntentNamePattern", &O::IntentNamePattern, nullptr, false},
      {"ModelBaseClasses", &O::ModelBaseClasses, nullptr, false},
      {"UseDefaultRules", nullptr, &O::UseDefaultRules, false},
      {"OpaqueSystemCalls", nullptr, &O::OpaqueSystemCalls, false},
      {"SummaryIndex", &O::SummaryIndex, nullptr, true},
  };
  return Infos;
}

std::string optionErrorMessage(const EngineOptions &Options,
                               llvm::StringRef Name, const llvm::Twine &What) {
  std::string Message = "invalid value for option '" + Name.str() + "'";
  auto It = Options.Sources.find(Name);
  if (It != Options.Sources.end() && !It->second.empty())
    Message += " in '" + It->second + "'";
  return Message + ": " + What.str();
}

namespace {

class Compiler {
public:
  explicit Compiler(const EngineOptions &Options) : Options(Options) {}

  llvm::Error optionError(llvm::StringRef Option,
                          const llvm::Twine &Message) const {
    return llvm::createStringError(
        optionErrorMessage(Options, Option, Message));
  }

  llvm::Error compileRegex(llvm::StringRef Option, llvm::StringRef Text,
                           std::optional<llvm::Regex> &Out) const;
  llvm::Error compileClasses(llvm::StringRef Option, llvm::StringRef Text,
                             std::vector<NamePattern> &Out) const;

private:
  const EngineOptions &Options;
};

llvm::Error Compiler::compileRegex(llvm::StringRef Option, llvm::StringRef Text,
                                   std::optional<llvm::Regex> &Out) const {
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

llvm::Error Compiler::compileClasses(llvm::StringRef Option,
                                     llvm::StringRef Text,
                                     std::vector<NamePattern> &Out) const {
  for (const std::string &Item : splitList(Text)) {
    NamePattern P;
    std::string Error;
    if (!NamePattern::parse(Item, NamePattern::Separator::Scope, P, Error))
      return optionError(Option, Error);
    Out.push_back(std::move(P));
  }
  return llvm::Error::success();
}

llvm::Error loadRules(const EngineOptions &Options,
                      llvm::ArrayRef<RulePackSource> UserPacks,
                      RuleSet &Rules) {
  // User packs first: the first matching rule wins, so a company pack can
  // refine or override a default.
  for (const RulePackSource &Pack : UserPacks)
    if (llvm::Error E = loadRulePack(Pack.Content, Pack.Name, Rules))
      return E;
  if (Options.UseDefaultRules)
    for (const EmbeddedPack &Pack : embeddedRulePacks())
      if (llvm::Error E = loadRulePack(Pack.Content, Pack.Name, Rules))
        return E;
  return llvm::Error::success();
}

} // namespace

llvm::Expected<std::shared_ptr<const EngineConfig>>
compileConfig(const EngineOptions &Options,
              llvm::ArrayRef<RulePackSource> UserPacks) {
  auto Config = std::make_shared<EngineConfig>();
  Config->Options = Options;
  Compiler C(Options);
  for (auto [Name, Text, Out] :
       {std::tuple{"ReducerBaseClasses", &Options.ReducerBaseClasses,
                   &Config->ReducerBases},
        {"EffectBaseClasses", &Options.EffectBaseClasses, &Config->EffectBases},
        {"IntentPublisherClasses", &Options.IntentPublisherClasses,
         &Config->PublisherClasses},
        {"IntentExecutorClasses", &Options.IntentExecutorClasses,
         &Config->ExecutorClasses},
        {"IntentTypes", &Options.IntentTypes, &Config->IntentTypes},
        {"ModelBaseClasses", &Options.ModelBaseClasses, &Config->ModelBases}})
    if (llvm::Error E = C.compileClasses(Name, *Text, *Out))
      return std::move(E);
  for (auto [Name, Text, Out] :
       {std::tuple{"ReducerNamePattern", &Options.ReducerNamePattern,
                   &Config->ReducerName},
        {"ReducerFunctions", &Options.ReducerFunctions,
         &Config->ReducerFunctions},
        {"EffectNamePattern", &Options.EffectNamePattern, &Config->EffectName},
        {"IntentNamePattern", &Options.IntentNamePattern, &Config->IntentName},
        {"EffectFunctions", &Options.EffectFunctions, &Config->EffectFunctions},
        {"IntentPublisherFunctions", &Options.IntentPublisherFunctions,
         &Config->PublisherFunctions},
        {"IntentExecutorFunctions", &Options.IntentExecutorFunctions,
         &Config->ExecutorFunctions},
        {"ExternalIntents", &Options.ExternalIntents,
         &Config->ExternalIntents}})
    if (llvm::Error E = C.compileRegex(Name, *Text, *Out))
      return std::move(E);
  if (llvm::Error E = loadRules(Options, UserPacks, Config->Rules))
    return std::move(E);
  return Config;
}

} // namespace onex
