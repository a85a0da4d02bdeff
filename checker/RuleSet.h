//===- RuleSet.h - Rule packs: what the platform's functions do ----------===//
//
// A rule says that calling a function, using a class (or anything derived
// from it), or calling anything declared in a header has a category: I/O,
// syscall, nondeterminism, serialization, opaque, or pure. Descriptive
// rules name what the analysis reasons about: dict-like types, mutating
// members, maps, strings, sum types, payload fields. Rules come from YAML
// packs (see docs/rule-packs.md); the defaults are embedded in the binaries
// and user packs are consulted first.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_RULESET_H
#define ONEX_CHECKER_RULESET_H

#include "checker/Category.h"
#include "checker/NamePattern.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include <string>
#include <vector>

namespace onex {

/// What a matched rule contributes to a finding.
struct Rule {
  Category Cat = Category::Unset;
  std::string Reason;
};

/// A class rule: the class, everything derived from it, minus exceptions.
struct TypeRule {
  const Rule *R = nullptr;
  NamePattern Type;
  std::vector<NamePattern> Members; // Empty: construction and every member.
  std::vector<NamePattern> Except;  // Classes (and derived) exempted.
};

class RuleSet {
public:
  RuleSet() = default;
  RuleSet(const RuleSet &) = delete;
  RuleSet &operator=(const RuleSet &) = delete;

  /// Adds a rule; the returned pointer is stable for the set's lifetime.
  const Rule *addRule(Rule R);
  void addFunction(const Rule *R, NamePattern P);
  void addType(TypeRule T);
  void addHeader(const Rule *R, NamePattern P);

  /// The first function rule matching a qualified name. UnqualifiedName is
  /// the last component, used to skip most patterns cheaply. As for types,
  /// descriptive rules are matched only when Describing names them.
  const Rule *matchFunction(llvm::StringRef QualifiedName,
                            llvm::StringRef UnqualifiedName,
                            Category Describing = Category::Unset) const;

  /// Adds a member name that yields a range of its object (begin, end).
  void addRangeMember(NamePattern P) { RangeMembers.push_back(std::move(P)); }
  /// Adds a data-member name that holds an intrusive reference count.
  void addReferenceCount(NamePattern P) {
    ReferenceCounts.push_back(std::move(P));
  }
  /// Whether Name is such a member (reference-count rules).
  bool isReferenceCount(llvm::StringRef Name) const;
  /// Whether a member of that name yields a range (writes-arguments rules).
  bool isRangeMember(llvm::StringRef Name) const;

  /// The first type rule for a member call (Member is the callee's name) or
  /// a construction (Member empty) on a class whose hierarchy, most derived
  /// first, is Hierarchy (qualified names). MatchedClass receives the rule's
  /// class as found in the hierarchy.
  /// Descriptive rules (dict-like, mutator, string, ...) describe types, not
  /// operations: they are matched only when Describing names their
  /// category, and then only they are.
  const Rule *matchType(llvm::ArrayRef<std::string> Hierarchy,
                        llvm::StringRef Member,
                        std::string *MatchedClass = nullptr,
                        Category Describing = Category::Unset) const;

  /// Adds a data-member name that holds an intent's payload.
  void addPayloadField(NamePattern P) { PayloadFields.push_back(std::move(P)); }
  void addIntentTypeField(NamePattern P) {
    IntentTypeFields.push_back(std::move(P));
  }
  /// Whether Name is the member of an intent naming its type
  /// (intent-type-field rules).
  bool isIntentTypeField(llvm::StringRef Name) const;
  /// Whether Name is such a member (payload-field rules).
  bool isPayloadField(llvm::StringRef Name) const;

  /// The first header rule matching a file path.
  const Rule *matchHeader(llvm::StringRef Path) const;

  size_t size() const { return Rules.size(); }

private:
  struct FunctionEntry {
    unsigned Order;
    const Rule *R;
    NamePattern Pattern;
  };
  struct HeaderEntry {
    const Rule *R;
    NamePattern Pattern;
  };

  std::vector<std::unique_ptr<Rule>> Rules;
  llvm::StringMap<std::vector<FunctionEntry>> FunctionsByLastName;
  std::vector<FunctionEntry> WildcardFunctions;
  std::vector<TypeRule> Types;
  std::vector<HeaderEntry> Headers;
  std::vector<NamePattern> PayloadFields;
  std::vector<NamePattern> IntentTypeFields;
  std::vector<NamePattern> RangeMembers;
  std::vector<NamePattern> ReferenceCounts;
  unsigned NextOrder = 0;
};

} // namespace onex

#endif // ONEX_CHECKER_RULESET_H
