//===- Summary.h - What each function does, without the AST ---------------===//
//
// Extraction turns a translation unit's AST into one FunctionSummary per
// function it needs: the impure operations the function performs directly,
// the calls it makes, and its role (entry point, effect, escape hatch).
// Summaries are keyed by USR, so the same inline function seen by many
// translation units is one function, and reachability can run over
// summaries of a single TU or of a whole program alike.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_SUMMARY_H
#define ONEX_CHECKER_SUMMARY_H

#include "checker/Category.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <cassert>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace onex {

/// A NOLINT comment that covers a location (see Nolint.h).
struct Waiver {
  uint32_t Checks = 0; // Bit I: checkCatalogue()[I] is silenced.
  std::string Justification;
  std::string File; // Where the comment is.
  unsigned Line = 0;
  unsigned Column = 0;

  bool silences(Category C) const {
    return isReported(C) && (Checks >> static_cast<unsigned>(C) & 1);
  }
};

/// A position in source. Loc is valid only while the translation unit that
/// produced it is alive; File/Line/Column always are.
struct Location {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  bool InSystemHeader = false;
  clang::SourceLocation Loc;
  /// The NOLINT comments covering it, for operation and call sites (where a
  /// finding may be reported); empty elsewhere.
  std::vector<Waiver> Waivers;

  /// Whether O is the same place (file, line and column; the
  /// SourceLocation and waivers do not matter).
  bool samePlace(const Location &O) const {
    return File == O.File && Line == O.Line && Column == O.Column;
  }

  /// The first waiver that silences C here, if any.
  const Waiver *waiverFor(Category C) const {
    for (const Waiver &W : Waivers)
      if (W.silences(C))
        return &W;
    return nullptr;
  }
};

/// An impure operation a function performs itself.
struct Operation {
  Category Cat = Category::Unset;
  std::string What;   // "call to 'fprintf'", "write to global variable 'g'".
  std::string Reason; // "stdio"; may be empty.
  Location Where;
  /// For the read of an external-linkage variable this unit never
  /// modifies: its USR. In a whole program that no unit modifies it is a
  /// constant, and the read is not reported (see ProgramSummary).
  std::string Variable;
};

using FunctionId = unsigned;

/// Parameters are numbered with the implicit object (`this`) as 0 and the
/// declared parameters from 1 (see ParamFlow.h).
using ParamIndex = unsigned;

/// A write the function itself makes to data its caller owns through
/// parameter Param: `o.total = 1`, `o.lines.push_back(l)`, `p->x = 0`.
struct ParamWrite {
  ParamIndex Param = 0;
  std::string What; // "write to 'o.total'".
  Location Where;
};

/// At a call site: the callee's parameter Callee receives, by reference or
/// pointer, data the caller reaches through its own parameter Caller.
struct ArgBinding {
  ParamIndex Caller = 0;
  ParamIndex Callee = 0;
  bool operator==(const ArgBinding &) const = default;
};

/// At a call site: a function value (a function's address, a function
/// name decaying to a pointer) passed as the callee's parameter Callee.
/// When a rule names the function (std::rand), calling it is that rule's
/// operation, recorded here as for a direct call.
struct FunctionArg {
  ParamIndex Callee = 0;
  FunctionId Value = 0;
  Category RuleCat = Category::Unset; // Unset: follow Value's body.
  std::string What;                   // "call to 'rand'".
  std::string Reason;
};

/// The function calls its parameter Param (a function pointer) at Where.
struct ParamCall {
  ParamIndex Param = 0;
  Location Where;
};

struct CallSite {
  FunctionId Callee = 0;
  Location Where;
  bool Virtual = false; // Dispatches to every overrider too.
  /// The caller's unit has the callee's body, so the call goes to that
  /// definition and no other (set when units are linked: a program may
  /// hold several definitions of one symbol, see OtherDefinitions).
  bool Bound = false;
  /// The state the callee sets up is bookkeeping no later call can
  /// observe: the call is in the initialiser of a static (it runs once: a
  /// shared empty node), or the callee is an allocator's (a free list, a
  /// pool; see the allocator rules). Global and member state reached only
  /// through such calls is not reported; everything else is.
  bool Bookkeeping = false;
  std::vector<ArgBinding> Args;
  std::vector<FunctionArg> FunctionArgs;
};

/// An intent as the contracts match it: the model it carries and, when a
/// constant names it, its type. A handler with an empty field takes any
/// value there; so does an emission whose type is not a constant.
struct IntentKey {
  std::string Model; // "bridge::PublishEvent"; empty: any model.
  std::string Type;  // "\"PUBLISH_EVENT\"", "bridge::Kind::Publish"; or empty.
  std::string Spelling; // The type as messages name it.

  /// Whether a handler of this intent takes Emitted.
  bool handles(const IntentKey &Emitted) const {
    return (Model.empty() || Model == Emitted.Model) &&
           (Type.empty() || Emitted.Type.empty() || Type == Emitted.Type);
  }
  /// "'onex::ModelIntent<bridge::PublishEvent>' of type \"PUBLISH_EVENT\"".
  std::string describe() const {
    std::string D = "'" + Spelling + "'";
    return Type.empty() ? D : D + " of type " + Type;
  }
};

/// Where a function emits or handles an intent.
struct IntentSite {
  IntentSite() = default;
  IntentSite(IntentKey Intent, Location Where)
      : Intent(std::move(Intent)), Where(std::move(Where)) {}

  IntentKey Intent;
  Location Where;
  /// The field of a bundle of intents (a struct of intent containers) the
  /// intent goes into, for an emission (`out.archive.push_back(...)`), or
  /// is read from, for a handler (`for (auto &i : in.archive)`): the
  /// record ("fsm::FsmIntents") and the field ("archive"). Empty: none.
  std::string Bundle, Field;
  /// A handler that hands its intents on to another function's parameter
  /// (`persistAll(in.persist)`): it handles what that parameter's reads
  /// handle there. ForwardTo is the callee's USR; empty: not forwarded.
  std::string ForwardTo;
  unsigned ForwardParam = 0; // ParamFlow's numbering: `this` 0, then 1...
  /// The parameter whose intents the site reads (ParamFlow's numbering),
  /// or AnyParam (a type test, a case label: not tied to one parameter).
  unsigned Param = AnyParam;
  static constexpr unsigned AnyParam = ~0u;

  bool hasExtras() const {
    return !Bundle.empty() || !Field.empty() || !ForwardTo.empty() ||
           Param != AnyParam;
  }
};

enum class EntryKind { None, Reducer, PureFunction };

struct FunctionSummary {
  std::string USR;
  std::string QualifiedName; // "app::NodeXReducer::execute".
  std::string ShortName;     // "execute", for chain notes.
  std::string Class;         // A member function's class ("app::NodeXReducer").
  EntryKind Entry = EntryKind::None;
  bool IsEffect = false;
  /// The intent publisher: a call to it is an emission, never followed.
  bool IsPublisher = false;
  /// An intent executor (an orchestrator): routes intents to effects.
  bool IsExecutor = false;
  bool AllowImpure = false;
  std::string AllowReason;
  bool TrustedPure = false; // ONEX_PURE on a declaration without body.
  /// A constructor, destructor or assignment operator: it builds or
  /// replaces its object as a whole, which is not hidden state.
  bool BuildsObject = false;
  /// An allocator's function (allocator rules): its state, and that of the
  /// helpers only allocator functions call, is bookkeeping.
  bool IsAllocator = false;
  bool HasBody = false;
  bool DeclaredInSystemHeader = false;
  Location Decl;
  std::vector<Operation> Ops;
  std::vector<CallSite> Calls;
  std::vector<ParamWrite> ParamWrites;
  std::vector<ParamCall> ParamCalls;
  /// The intents the function builds or hands to the publisher (outside
  /// effects), in source order.
  std::vector<IntentSite> Emits;
  /// For effects and intent executors: the intents they take (by
  /// parameter, visit arm, type test, case on the intent's type, or a read
  /// of a container of intents). For other functions that take intents:
  /// the same, which a handler forwarding to them counts.
  std::vector<IntentSite> Handles;
  /// Parameter names by ParamIndex ("this" at 0), for messages; empty for
  /// functions whose body was not summarised.
  std::vector<std::string> ParamNames;
  std::vector<std::string> Overrides; // USRs of methods this overrides.
  /// On the summary a USR names: the program's other, distinct definitions
  /// of the same symbol (several programs in one build, each with its own
  /// `run`). A call from a unit without a body of its own may reach any.
  std::vector<FunctionId> OtherDefinitions;
};

/// The summaries of one translation unit (or of a linked program).
class ProgramSummary {
public:
  /// The id for USR, creating an empty summary on first use.
  FunctionId getOrCreate(llvm::StringRef USR, bool &Created);
  /// A further definition of the symbol that First names: a new summary
  /// with First's USR, listed in First's OtherDefinitions.
  FunctionId addDefinition(FunctionId First);
  /// The id for USR, if there is a summary for it.
  std::optional<FunctionId> find(llvm::StringRef USR) const;
  FunctionSummary &operator[](FunctionId Id) {
    assert(Id < Functions.size() && "function id out of range");
    return Functions[Id];
  }
  const FunctionSummary &operator[](FunctionId Id) const {
    assert(Id < Functions.size() && "function id out of range");
    return Functions[Id];
  }
  const std::vector<FunctionSummary> &functions() const { return Functions; }
  /// Mutable summaries, but not a resizable vector: ids stay valid.
  llvm::MutableArrayRef<FunctionSummary> functions() { return Functions; }
  size_t size() const { return Functions.size(); }
  /// Call sites over all functions (statistics).
  size_t callEdgeCount() const;

  /// Notes that some unit may modify the external-linkage variable USR.
  void noteModifiedVariable(llvm::StringRef USR) {
    ModifiedVariables.insert(USR);
  }
  bool mayModifyVariable(llvm::StringRef USR) const {
    return ModifiedVariables.contains(USR);
  }
  const llvm::StringSet<> &modifiedVariables() const {
    return ModifiedVariables;
  }

private:
  std::vector<FunctionSummary> Functions;
  llvm::StringSet<> ModifiedVariables;
  llvm::StringMap<FunctionId> ByUSR;
};

} // namespace onex

#endif // ONEX_CHECKER_SUMMARY_H
