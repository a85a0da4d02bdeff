//===- RuleSet.cpp --------------------------------------------------------===//

#include "checker/RuleSet.h"
#include <memory>

namespace onex {

const Rule *RuleSet::addRule(Rule R) {
  Rules.push_back(std::make_unique<Rule>(std::move(R)));
  return Rules.back().get();
}

void RuleSet::addFunction(const Rule *R, NamePattern P) {
  FunctionEntry E{NextOrder++, R, std::move(P)};
  llvm::StringRef Key = E.Pattern.literalLastComponent();
  if (Key.empty())
    WildcardFunctions.push_back(std::move(E));
  else
    FunctionsByLastName[Key].push_back(std::move(E));
}

void RuleSet::addType(TypeRule T) { Types.push_back(std::move(T)); }

void RuleSet::addHeader(const Rule *R, NamePattern P) {
  Headers.push_back({R, std::move(P)});
}

const Rule *RuleSet::matchFunction(llvm::StringRef QualifiedName,
                                   llvm::StringRef UnqualifiedName,
                                   Category Describing) const {
  const FunctionEntry *Best = nullptr;
  auto Consider = [&](const FunctionEntry &E) {
    bool Wanted = Describing == Category::Unset ? !isDescriptive(E.R->Cat)
                                                : E.R->Cat == Describing;
    if (Wanted && (!Best || E.Order < Best->Order) &&
        E.Pattern.matches(QualifiedName))
      Best = &E;
  };
  auto It = FunctionsByLastName.find(UnqualifiedName);
  if (It != FunctionsByLastName.end())
    for (const FunctionEntry &E : It->second)
      Consider(E);
  for (const FunctionEntry &E : WildcardFunctions)
    Consider(E);
  return Best ? Best->R : nullptr;
}

namespace {
bool anyMatches(llvm::ArrayRef<NamePattern> Patterns, llvm::StringRef Name) {
  for (const NamePattern &P : Patterns)
    if (P.matches(Name))
      return true;
  return false;
}
} // namespace

const Rule *RuleSet::matchType(llvm::ArrayRef<std::string> Hierarchy,
                               llvm::StringRef Member,
                               std::string *MatchedClass,
                               Category Describing) const {
  for (const TypeRule &T : Types) {
    if (Describing == Category::Unset ? isDescriptive(T.R->Cat)
                                      : T.R->Cat != Describing)
      continue;
    if (!Member.empty() && !T.Members.empty() && !anyMatches(T.Members, Member))
      continue;
    if (Member.empty() && !T.Members.empty())
      continue; // Member-restricted rules never cover construction.
    const std::string *Found = nullptr;
    bool Exempt = false;
    for (const std::string &Class : Hierarchy) {
      if (!Found && T.Type.matches(Class))
        Found = &Class;
      if (anyMatches(T.Except, Class))
        Exempt = true;
    }
    if (Found && !Exempt) {
      if (MatchedClass)
        *MatchedClass = *Found;
      return T.R;
    }
  }
  return nullptr;
}

bool RuleSet::isReferenceCount(llvm::StringRef Name) const {
  return anyMatches(ReferenceCounts, Name);
}

bool RuleSet::isRangeMember(llvm::StringRef Name) const {
  return anyMatches(RangeMembers, Name);
}

bool RuleSet::isPayloadField(llvm::StringRef Name) const {
  return anyMatches(PayloadFields, Name);
}

bool RuleSet::isIntentTypeField(llvm::StringRef Name) const {
  return anyMatches(IntentTypeFields, Name);
}

const Rule *RuleSet::matchHeader(llvm::StringRef Path) const {
  for (const HeaderEntry &H : Headers)
    if (H.Pattern.matches(Path))
      return H.R;
  return nullptr;
}

} // namespace onex
