//===- CallRules.h - Matching calls in the AST against rule packs ---------===//
//
// Answers "does this call do something a rule knows about?" for a callee
// and, for class rules, the object it is called on. Function rules win over
// class rules, which win over header rules. Results that depend only on the
// callee are memoised.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_CALLRULES_H
#define ONEX_CHECKER_CALLRULES_H

#include "checker/RuleSet.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>
#include <string>
#include <vector>

namespace onex {

struct RuleHit {
  const Rule *R = nullptr;
  std::string What; // "call to 'fprintf'", "construction of 'std::thread'".
};

class CallRules {
public:
  CallRules(const RuleSet &Rules, const clang::SourceManager &SM)
      : Rules(Rules), SM(SM) {}

  /// A call to Callee; Object is the object expression of a member call or
  /// the first argument of a free function (may be null). Class rules apply
  /// only when UseTypeRules: they describe the surface of a class as user
  /// code sees it, not the library's calls among its own internals (where
  /// an ostringstream is just a basic_ostream).
  std::optional<RuleHit> matchCall(const clang::FunctionDecl *Callee,
                                   const clang::Expr *Object,
                                   bool UseTypeRules);
  /// Construction of Class (by Ctor).
  std::optional<RuleHit>
  matchConstruction(const clang::CXXConstructorDecl *Ctor);
  /// The class rule (not a descriptive one) covering Class, if any.
  const Rule *typeRule(const clang::CXXRecordDecl *Class);
  /// Whether Class is covered by a class rule at all (its destructor is then
  /// not followed: the construction already reports it).
  bool hasTypeRule(const clang::CXXRecordDecl *Class);
  /// The descriptive rule of category Describing (dict-like, map, string,
  /// variant, unit) covering Class (or a base), if any.
  const Rule *describingRule(const clang::CXXRecordDecl *Class,
                             Category Describing);
  /// Whether calling Method modifies its object (a mutator rule).
  bool isMutator(const clang::CXXMethodDecl *Method);
  /// Whether Callee writes what its arguments designate (writes-arguments).
  bool writesArguments(const clang::FunctionDecl *Callee);
  /// Whether Callee is an allocator's (a function or a member of a class
  /// an allocator rule names).
  bool isAllocator(const clang::FunctionDecl *Callee);
  /// Whether Name is a data member holding an intrusive reference count.
  bool isReferenceCount(llvm::StringRef Name) const {
    return Rules.isReferenceCount(Name);
  }
  /// Whether a member of that name yields a range of its object.
  bool isRangeMember(llvm::StringRef Name) const {
    return Rules.isRangeMember(Name);
  }
  /// Whether Name is the data member of an intent holding its payload.
  bool isPayloadField(llvm::StringRef Name) const {
    return Rules.isPayloadField(Name);
  }
  bool isIntentTypeField(llvm::StringRef Name) const {
    return Rules.isIntentTypeField(Name);
  }

private:
  struct CalleeInfo {
    std::string QualifiedName;
    const Rule *ByName = nullptr;
    const Rule *ByHeader = nullptr;
  };
  const CalleeInfo &calleeInfo(const clang::FunctionDecl *FD);
  /// The descriptive function rule of category Describing naming Callee
  /// (by qualified or last name), if any.
  const Rule *functionRule(const clang::FunctionDecl *Callee,
                           Category Describing);
  const std::vector<std::string> &hierarchy(const clang::CXXRecordDecl *RD);
  const Rule *headerRule(const clang::FunctionDecl *FD);

  const RuleSet &Rules;
  const clang::SourceManager &SM;
  llvm::DenseMap<const clang::FunctionDecl *, CalleeInfo> Callees;
  llvm::DenseMap<const clang::CXXRecordDecl *, std::vector<std::string>>
      Hierarchies;
  /// By FileID itself, never its hash: the FileIDs of files loaded from a
  /// preamble or module are negative, and -1 and -2 as unsigned are
  /// DenseMap's empty and tombstone keys.
  llvm::DenseMap<clang::FileID, const Rule *> HeaderRules;
};

} // namespace onex

#endif // ONEX_CHECKER_CALLRULES_H
