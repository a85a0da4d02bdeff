//===- OptionReader.cpp ---------------------------------------------------===//

#include "frontend/OptionReader.h"
#include "frontend/Paths.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Path.h"

namespace onex {

namespace {

std::optional<bool> parseBoolean(llvm::StringRef Text) {
  Text = Text.trim();
  if (Text.equals_insensitive("true") || Text == "1")
    return true;
  if (Text.equals_insensitive("false") || Text == "0")
    return false;
  return std::nullopt;
}

/// Each relative item of a semicolon list, made absolute against the
/// directory of Origin (or the current directory).
std::string resolvePathList(llvm::StringRef List, llvm::StringRef Origin) {
  std::string Base = Origin.empty()
                         ? std::string()
                         : llvm::sys::path::parent_path(Origin).str();
  std::string Result;
  for (const std::string &Item : splitList(List))
    Result += (Result.empty() ? "" : ";") + absolutePath(Item, Base);
  return Result;
}

const OptionInfo *findOption(llvm::StringRef Name) {
  for (const OptionInfo &Info : engineOptionInfos())
    if (Info.Name == Name)
      return &Info;
  return nullptr;
}

/// The option name closest to Name, if it is close enough to be a typo.
llvm::StringRef closestOptionName(llvm::StringRef Name) {
  llvm::StringRef Best;
  unsigned BestDistance = 3;
  for (const OptionInfo &Info : engineOptionInfos()) {
    if (Info.Name.equals_insensitive(Name))
      return Info.Name;
    unsigned D = Name.edit_distance(Info.Name, true, BestDistance);
    if (D < BestDistance) {
      BestDistance = D;
      Best = Info.Name;
    }
  }
  return Best;
}

std::string inFile(llvm::StringRef Origin) {
  return Origin.empty() ? "" : " in '" + Origin.str() + "'";
}

} // namespace

std::string unknownCheckInList(llvm::StringRef Checks, llvm::StringRef Where) {
  llvm::SmallVector<llvm::StringRef, 8> Globs;
  Checks.split(Globs, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Glob : Globs) {
    Glob = Glob.trim();
    llvm::StringRef Pattern = Glob;
    Pattern.consume_front("-");
    Pattern = Pattern.trim();
    if (!Pattern.starts_with("onex"))
      continue;
    clang::tidy::GlobList One(Pattern, /*KeepNegativeGlobs=*/false);
    if (llvm::any_of(checkCatalogue(), [&](const CheckInfo &Check) {
          return One.contains(Check.Name);
        }))
      continue;
    if (Pattern.contains('*'))
      return "'" + Pattern.str() + "'" + Where.str() +
             " matches no onex check (--list-checks lists them)";
    std::string Message = "unknown check '" + Pattern.str() + "'" + Where.str();
    if (llvm::StringRef Closest = closestCheckName(Pattern); !Closest.empty())
      Message += "; did you mean '" + Closest.str() + "'?";
    return Message;
  }
  return "";
}

llvm::Expected<EngineOptions> readEngineOptions(const TidyOptionMap &Options,
                                                llvm::StringRef CheckName,
                                                OriginLookup OriginOf) {
  EngineOptions O;
  for (const OptionInfo &Info : engineOptionInfos()) {
    std::string Key = Info.Name.str();
    auto It = Options.end();
    if (!CheckName.empty())
      It = Options.find((CheckName + "." + Info.Name).str());
    if (It != Options.end())
      Key = It->first().str();
    else
      It = Options.find(Info.Name);
    if (It == Options.end())
      continue;
    llvm::StringRef Value = It->second.Value;
    std::string Origin = OriginOf(Key);
    O.Sources[Info.Name] = Origin;
    if (Info.Flag) {
      std::optional<bool> Flag = parseBoolean(Value);
      if (!Flag)
        return llvm::createStringError(optionErrorMessage(
            O, Info.Name,
            "'" + Value + "' is not a boolean (expected true or false)"));
      O.*Info.Flag = *Flag;
    } else {
      O.*Info.Text =
          Info.IsPathList ? resolvePathList(Value, Origin) : Value.str();
    }
  }
  return O;
}

std::vector<std::string> unknownOptionWarnings(const TidyOptionMap &Options,
                                               OriginLookup OriginOf) {
  std::vector<std::string> Warnings;
  for (const auto &Entry : Options) {
    llvm::StringRef Key = Entry.first();
    auto [Check, Option] = Key.rsplit('.');
    if (Option.empty()) { // A global key: warn only when it is a near miss.
      if (findOption(Key))
        continue;
      llvm::StringRef Closest = closestOptionName(Key);
      if (!Closest.empty())
        Warnings.push_back("unknown option '" + Key.str() + "'" +
                           inFile(OriginOf(Key)) + "; did you mean '" +
                           Closest.str() + "'?");
      continue;
    }
    if (!Check.starts_with("onex-"))
      continue;
    std::string Warning;
    if (!categoryForCheck(Check)) {
      Warning = "option '" + Key.str() + "'" + inFile(OriginOf(Key)) +
                " names an unknown check '" + Check.str() + "'";
      if (llvm::StringRef Closest = closestCheckName(Check); !Closest.empty())
        Warning += "; did you mean '" + Closest.str() + "'?";
    } else if (!findOption(Option)) {
      Warning = "unknown option '" + Option.str() + "' of check '" +
                Check.str() + "'" + inFile(OriginOf(Key));
      if (llvm::StringRef Closest = closestOptionName(Option); !Closest.empty())
        Warning += "; did you mean '" + Closest.str() + "'?";
    }
    if (!Warning.empty())
      Warnings.push_back(std::move(Warning));
  }
  llvm::sort(Warnings);
  return Warnings;
}

std::string originInLayers(
    llvm::ArrayRef<clang::tidy::ClangTidyOptionsProvider::OptionsSource> Layers,
    llvm::StringRef Key, llvm::StringRef Value) {
  for (const auto &[Options, Source] : llvm::reverse(Layers)) {
    auto It = Options.CheckOptions.find(Key);
    if (It == Options.CheckOptions.end())
      continue;
    if (It->second.Value != Value || !llvm::sys::path::is_absolute(Source))
      return "";
    return Source;
  }
  return "";
}

} // namespace onex
