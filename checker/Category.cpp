//===- Category.cpp -------------------------------------------------------===//

#include "checker/Category.h"
#include "llvm/ADT/StringSwitch.h"

namespace onex {

namespace {
struct CategoryInfo {
  Category Cat;
  llvm::StringLiteral RuleName;
  llvm::StringLiteral Check;
  llvm::StringLiteral Verb;
  llvm::StringLiteral Summary;
};

constexpr CategoryInfo Infos[] = {
    {Category::IO, "io", "onex-purity-io", "performs I/O",
     "A reducer reaches file, console, network, database, message-bus or "
     "logging I/O."},
    {Category::Syscall, "syscall", "onex-purity-syscall",
     "performs a system call or process control",
     "A reducer reaches a system call, or process or thread control."},
    {Category::Nondeterminism, "nondeterminism", "onex-purity-nondeterminism",
     "is nondeterministic",
     "A reducer reads a clock, a random source or the environment."},
    {Category::Serialization, "serialization", "onex-purity-serialization",
     "serializes data",
     "A reducer serializes a payload; effects do that at the I/O boundary."},
    {Category::GlobalState, "global-state", "onex-purity-global-state",
     "uses global mutable state",
     "A reducer reads or writes global or static mutable state."},
    {Category::MemberState, "member-state", "onex-purity-member-state",
     "mutates reducer state", "A reducer mutates its own hidden member state."},
    {Category::EffectCall, "effect-call", "onex-purity-effect-call",
     "invokes an effect directly instead of emitting an intent",
     "A reducer calls an effect directly instead of emitting an intent."},
    {Category::Opaque, "opaque", "onex-purity-opaque-call",
     "cannot be analysed",
     "A reducer calls a function whose body no analysed unit defines."},
    {Category::UntypedPayload, "untyped-payload", "onex-intent-untyped-payload",
     "makes the intent payload untyped",
     "An intent carries a dict-like payload (std::any, JSON, map<string, any>, "
     "void*)."},
    {Category::PayloadModel, "payload-model", "onex-intent-payload-model",
     "is not a typed model",
     "An intent payload is not a typed model derived from BaseModel."},
    {Category::DictLike, "dict-like", "", "is dict-like", ""},
    {Category::Pure, "pure", "", "is pure", ""},
};

const CategoryInfo &info(Category C) { return Infos[static_cast<unsigned>(C)]; }
} // namespace

llvm::StringRef categoryName(Category C) { return info(C).RuleName; }
llvm::StringRef checkNameFor(Category C) { return info(C).Check; }
llvm::StringRef categoryVerb(Category C) { return info(C).Verb; }
llvm::StringRef checkSummary(Category C) { return info(C).Summary; }

std::optional<Category> parseCategory(llvm::StringRef Name) {
  // Only these may be named by rules: the rest are found from the AST.
  return llvm::StringSwitch<std::optional<Category>>(Name)
      .Case("io", Category::IO)
      .Case("syscall", Category::Syscall)
      .Case("nondeterminism", Category::Nondeterminism)
      .Case("serialization", Category::Serialization)
      .Case("opaque", Category::Opaque)
      .Case("pure", Category::Pure)
      .Case("dict-like", Category::DictLike)
      .Default(std::nullopt);
}

llvm::StringRef ruleCategoryList() {
  return "io, syscall, nondeterminism, serialization, opaque, pure, dict-like";
}

std::optional<Category> categoryForCheck(llvm::StringRef CheckName) {
  for (const CategoryInfo &I : Infos)
    if (!I.Check.empty() && I.Check == CheckName)
      return I.Cat;
  return std::nullopt;
}

llvm::ArrayRef<Category> reportedCategories() {
  static constexpr Category All[] = {Category::PayloadModel,
                                     Category::UntypedPayload,
                                     Category::EffectCall,
                                     Category::GlobalState,
                                     Category::IO,
                                     Category::MemberState,
                                     Category::Nondeterminism,
                                     Category::Opaque,
                                     Category::Serialization,
                                     Category::Syscall};
  return All;
}

} // namespace onex
