//===- RulePackLoader.cpp - YAML rule packs -------------------------------===//
//
// The format is documented in docs/rule-packs.md. llvm::yaml does the
// parsing and reports unknown keys and malformed YAML with a position; the
// semantic checks (known category, valid patterns, non-empty rule) run in
// MappingTraits::validate so that their errors carry a position too.
//
//===----------------------------------------------------------------------===//

#include "checker/RulePackLoader.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"

namespace {

struct RawRule {
  std::string Category;
  std::string Reason;
  std::vector<std::string> Functions;
  std::vector<std::string> Types;
  std::vector<std::string> Members;
  std::vector<std::string> Except;
  std::vector<std::string> Headers;
  std::string UnknownKey; // Set by mapping(); reported by validate().
};

struct RawPack {
  std::string Pack;
  std::string Description;
  std::vector<RawRule> Rules;
};

std::string checkPatterns(const std::vector<std::string> &Patterns,
                          onex::NamePattern::Separator Sep,
                          llvm::StringRef Key) {
  for (const std::string &Text : Patterns) {
    onex::NamePattern P;
    std::string Error;
    if (!onex::NamePattern::parse(Text, Sep, P, Error))
      return "in '" + Key.str() + "': " + Error;
  }
  return "";
}

} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(RawRule)

namespace llvm::yaml {

template <> struct MappingTraits<RawRule> {
  static void mapping(IO &IO, RawRule &R) {
    static constexpr llvm::StringLiteral Known[] = {
        "category", "reason", "functions", "types",
        "members",  "except", "headers"};
    if (!IO.outputting())
      for (llvm::StringRef Key : IO.keys())
        if (!llvm::is_contained(Known, Key) && R.UnknownKey.empty())
          R.UnknownKey = Key.str();
    IO.mapRequired("category", R.Category);
    IO.mapRequired("reason", R.Reason);
    IO.mapOptional("functions", R.Functions);
    IO.mapOptional("types", R.Types);
    IO.mapOptional("members", R.Members);
    IO.mapOptional("except", R.Except);
    IO.mapOptional("headers", R.Headers);
  }

  static std::string validate(IO &, RawRule &R) {
    using onex::NamePattern;
    if (!R.UnknownKey.empty())
      return "unknown key '" + R.UnknownKey +
             "' in rule (expected: category, reason, functions, types, "
             "members, except, headers)";
    std::optional<onex::Category> Cat = onex::parseRuleCategory(R.Category);
    if (!Cat)
      return "unknown category '" + R.Category +
             "' (expected one of: " + onex::ruleCategoryList() + ")";
    if (llvm::StringRef(R.Reason).trim().empty())
      return "'reason' must not be empty";
    if (std::string Error = checkShape(*Cat, R); !Error.empty())
      return Error;
    for (auto [List, Key] : {std::pair{&R.Functions, "functions"},
                             {&R.Types, "types"},
                             {&R.Members, "members"},
                             {&R.Except, "except"}}) {
      std::string Error =
          checkPatterns(*List, NamePattern::Separator::Scope, Key);
      if (!Error.empty())
        return Error;
    }
    return checkPatterns(R.Headers, NamePattern::Separator::Path, "headers");
  }

  /// Which keys a rule of each category takes.
  static std::string checkShape(onex::Category Cat, const RawRule &R) {
    using onex::Category;
    std::string Name = "a '" + R.Category + "' rule";
    bool Calls = !R.Functions.empty() || !R.Headers.empty();
    switch (Cat) {
    case Category::Mutator:
      if (Calls || !R.Except.empty() || R.Members.empty())
        return Name + " names 'members' (and optionally 'types') only";
      return "";
    case Category::ArgumentWriter:
      if (!R.Types.empty() || !R.Headers.empty() || !R.Except.empty() ||
          (R.Functions.empty() && R.Members.empty()))
        return Name + " names 'functions' and 'members' only";
      return "";
    case Category::PayloadField:
    case Category::IntentTypeField:
    case Category::ReferenceCount:
      if (Calls || !R.Types.empty() || !R.Except.empty() || R.Members.empty())
        return Name + " names 'members' only";
      return "";
    case Category::Allocator:
      if (!R.Headers.empty() || !R.Members.empty() || !R.Except.empty() ||
          (R.Functions.empty() && R.Types.empty()))
        return Name + " names 'functions' and 'types' only";
      return "";
    default:
      break;
    }
    if (onex::isDescriptive(Cat)) {
      if (Calls || !R.Members.empty() || R.Types.empty())
        return Name + " names 'types' (and optionally 'except') only";
      return "";
    }
    if (R.Functions.empty() && R.Types.empty() && R.Headers.empty())
      return "a rule needs at least one of 'functions', 'types' or 'headers'";
    if ((!R.Members.empty() || !R.Except.empty()) && R.Types.empty())
      return "'members' and 'except' apply to 'types' only";
    return "";
  }
};

template <> struct MappingTraits<RawPack> {
  static void mapping(IO &IO, RawPack &P) {
    IO.mapRequired("pack", P.Pack);
    IO.mapOptional("description", P.Description);
    IO.mapRequired("rules", P.Rules);
  }
};

} // namespace llvm::yaml

namespace onex {

namespace {

struct DiagCollector {
  std::string Text;
};

void collectDiag(const llvm::SMDiagnostic &D, void *Context) {
  // llvm::yaml::Input stops at its first error; keep that one. (Unknown
  // keys are found by MappingTraits<RawRule>::validate, before the checks
  // that a misspelt key would otherwise trip first.)
  auto *C = static_cast<DiagCollector *>(Context);
  if (!C->Text.empty())
    return;
  llvm::raw_string_ostream OS(C->Text);
  OS << D.getFilename() << ":" << D.getLineNo() << ":" << D.getColumnNo() + 1
     << ": " << D.getMessage();
}

std::vector<NamePattern> compile(const std::vector<std::string> &Texts,
                                 NamePattern::Separator Sep) {
  std::vector<NamePattern> Result;
  for (const std::string &Text : Texts) {
    NamePattern P;
    std::string Ignored; // Already validated.
    if (NamePattern::parse(Text, Sep, P, Ignored))
      Result.push_back(std::move(P));
  }
  return Result;
}

void addRules(const RawPack &Pack, RuleSet &Into) {
  using Sep = NamePattern::Separator;
  for (const RawRule &Raw : Pack.Rules) {
    Rule R;
    R.Cat = *parseRuleCategory(Raw.Category);
    R.Reason = llvm::StringRef(Raw.Reason).trim().str();
    const Rule *Stored = Into.addRule(std::move(R));
    for (NamePattern &P : compile(Raw.Functions, Sep::Scope))
      Into.addFunction(Stored, std::move(P));
    if (Stored->Cat == Category::ArgumentWriter) {
      for (NamePattern &P : compile(Raw.Members, Sep::Scope))
        Into.addRangeMember(std::move(P));
      continue;
    }
    if (Stored->Cat == Category::PayloadField) {
      for (NamePattern &P : compile(Raw.Members, Sep::Scope))
        Into.addPayloadField(std::move(P));
      continue;
    }
    if (Stored->Cat == Category::IntentTypeField) {
      for (NamePattern &P : compile(Raw.Members, Sep::Scope))
        Into.addIntentTypeField(std::move(P));
      continue;
    }
    if (Stored->Cat == Category::ReferenceCount) {
      for (NamePattern &P : compile(Raw.Members, Sep::Scope))
        Into.addReferenceCount(std::move(P));
      continue;
    }
    std::vector<std::string> Types = Raw.Types;
    if (Types.empty() && Stored->Cat == Category::Mutator)
      Types.push_back("**"); // A mutator rule without types: every class.
    for (NamePattern &P : compile(Types, Sep::Scope))
      Into.addType({Stored, std::move(P), compile(Raw.Members, Sep::Scope),
                    compile(Raw.Except, Sep::Scope)});
    for (NamePattern &P : compile(Raw.Headers, Sep::Path))
      Into.addHeader(Stored, std::move(P));
  }
}

} // namespace

llvm::Error loadRulePack(llvm::StringRef Content, llvm::StringRef Name,
                         RuleSet &Into) {
  DiagCollector Diags;
  auto Buffer = llvm::MemoryBuffer::getMemBuffer(Content, Name);
  llvm::yaml::Input In(Buffer->getMemBufferRef(), nullptr, collectDiag, &Diags);
  RawPack Pack;
  In >> Pack;
  if (In.error() || !Diags.Text.empty()) {
    std::string Message = Diags.Text.empty()
                              ? (Name + ": malformed rule pack").str()
                              : Diags.Text;
    return llvm::createStringError(Message);
  }
  addRules(Pack, Into);
  return llvm::Error::success();
}

} // namespace onex
