//===- Reachability.cpp ---------------------------------------------------===//

#include "checker/Reachability.h"
#include "checker/StableSort.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <algorithm>
#include <cassert>
#include <deque>
#include <tuple>

namespace onex {

namespace {

constexpr unsigned NoParent = ~0u;

struct Visit {
  FunctionId Parent = NoParent; // The caller through which we arrived.
  unsigned CallIndex = 0;       // Index of the call site in the caller.
  FunctionId Entry = 0;
  FunctionId Hatch = NoParent; // The ONEX_ALLOW_IMPURE function on the way.
  /// Set when the caller passed this function as a value to Through, which
  /// calls it.
  FunctionId Through = NoParent;
  /// Reached only through bookkeeping calls (CallSite::Bookkeeping): its
  /// global and member state is not observable.
  bool Bookkeeping = false;
  /// Reached only from a constructor (or assignment) through calls on the
  /// object it builds: the members it writes are being initialised, which
  /// is not hidden state.
  bool Building = false;
};

/// Whether the call hands the caller's own object to the callee's.
bool passesOwnObject(const CallSite &Call) {
  return llvm::any_of(Call.Args, [](const ArgBinding &B) {
    return B.Caller == 0 && B.Callee == 0;
  });
}

/// The entry points with a body, in name order: the order the search seeds
/// them, so ties between chains break the same way on every run.
std::vector<FunctionId> entryPoints(const ProgramSummary &P) {
  std::vector<FunctionId> Result;
  for (FunctionId Id = 0; Id < P.size(); ++Id) {
    const FunctionSummary &S = P[Id];
    if (S.Entry != EntryKind::None && S.HasBody && !S.AllowImpure &&
        !S.IsEffect && !S.IsPublisher)
      Result.push_back(Id);
  }
  std::sort(Result.begin(), Result.end(), [&](FunctionId A, FunctionId B) {
    return std::tie(P[A].QualifiedName, P[A].USR, A) <
           std::tie(P[B].QualifiedName, P[B].USR, B);
  });
  return Result;
}

class Search {
public:
  Search(const ProgramSummary &P, const ReachabilityOptions &Options)
      : P(P), Options(Options) {
    indexOverriders();
    findAllocatorSide();
  }

  std::vector<Finding> run(std::vector<Emission> *Emissions);
  /// The search from Entry alone, recording what the verdict rests on.
  Certificate certify(FunctionId Entry);

private:
  void drain();
  void indexOverriders();
  /// The allocator functions, and the functions that only they (or such
  /// helpers) call: a pool's private `static FreeList &local()`. Their
  /// state is the allocator's bookkeeping, even when one of them is an
  /// entry point (a stress run makes every function one).
  void findAllocatorSide();
  /// Seeds the search with Entries and runs it to the end.
  void searchFrom(llvm::ArrayRef<FunctionId> Entries);
  void record(std::vector<TrustedCall> Certificate::*List,
              const FunctionSummary &Callee, const Location &Where,
              std::string Reason = "") {
    if (Recording)
      (Recording->*List)
          .push_back({Callee.QualifiedName, Where, std::move(Reason)});
  }
  std::vector<FunctionId> targetsOf(const CallSite &Call) const;
  /// Calls that wait until every other path has been searched, so that a
  /// function reached both ways is searched the other way: bookkeeping
  /// calls (their state is not observable);
  /// initialising calls (a constructor's calls on the object it builds);
  /// and calls a NOLINT covers (a suppression on a call covers what it
  /// reaches, and only that). Later passes admit more reasons.
  enum Deferral : unsigned {
    None = 0,
    Bookkeeping = 1,
    Initialising = 2,
    Waived = 4,
    AllDeferrals = Bookkeeping | Initialising | Waived
  };
  /// Whether Call, made by Caller reached as From, goes on building the
  /// object of a constructor (or assignment): it hands that object on.
  bool buildsObject(FunctionId Caller, const CallSite &Call,
                    const Visit &From) const;
  /// Why the call waits, given its caller and the caller's visit.
  unsigned deferralOf(FunctionId Caller, const CallSite &Call,
                      const Visit &From) const;
  /// Follows a call, unless it waits for a reason not in Admitted.
  void followCall(FunctionId Caller, unsigned CallIndex,
                  unsigned Admitted = None);
  /// Follows the deferred calls, pass by pass, until none is left.
  void drainDeferred();
  /// Whether Op, in a function reached as V, is reported at all.
  bool isObservable(const Operation &Op, const Visit &V) const;
  void report(FunctionId In, Category Cat, std::string What, std::string Reason,
              const Location &Where);
  std::vector<ChainStep> chainTo(FunctionId F) const;
  void add(Finding F);
  Finding baseFinding(FunctionId In, Category Cat, std::string What,
                      std::string Reason, const Location &Where) const;
  /// Whether F calls its parameter Param, itself or through the functions
  /// it passes it to.
  bool invokes(FunctionId F, ParamIndex Param);
  /// Function values a call passes to a callee that calls them: edges.
  void followFunctionValues(FunctionId Caller, unsigned CallIndex);
  void findParameterWrites(llvm::ArrayRef<FunctionId> Entries);
  void reportParameterWrite(unsigned Visit, const ParamWrite &W);
  bool isOpaqueCallee(const FunctionSummary &Callee) const;

  const ProgramSummary &P;
  const ReachabilityOptions &Options;
  llvm::DenseMap<FunctionId, Visit> Visited;
  std::deque<FunctionId> Queue;
  std::vector<std::vector<FunctionId>> OverriddenBy;
  std::vector<bool> AllocatorSide;
  llvm::StringSet<> Reported;
  /// Calls into escape hatches, entered after everything else so that a
  /// path around the hatch always wins over one through it.
  std::vector<std::tuple<FunctionId, unsigned, FunctionId>> Hatches;
  /// Deferred calls (caller, call index, reasons), followed after
  /// everything else so that a function reached both ways is searched the
  /// ordinary way.
  struct DeferredCall {
    FunctionId Caller;
    unsigned CallIndex;
    unsigned Reasons;
  };
  std::vector<DeferredCall> Deferred;
  std::vector<Finding> Findings;
  Certificate *Recording = nullptr;
  std::vector<Emission> *Emissions = nullptr;

  /// The search over (function, parameter): which caller-owned data flows
  /// where. Each visit remembers how it was reached.
  struct ParamVisit {
    FunctionId F;
    ParamIndex Param;
    unsigned Parent; // Index into ParamVisits, or NoParent for an entry.
    unsigned CallIndex;
    FunctionId Entry;
    ParamIndex EntryParam;
  };
  std::vector<ParamVisit> ParamVisits;
  llvm::DenseMap<std::pair<FunctionId, ParamIndex>, bool> Invokes;
};

void Search::indexOverriders() {
  OverriddenBy.resize(P.size());
  // Every definition of an overrider overrides the base its USR names.
  for (FunctionId Id = 0; Id < P.size(); ++Id)
    for (const std::string &Base : P[Id].Overrides)
      if (std::optional<FunctionId> B = P.find(Base))
        OverriddenBy[*B].push_back(Id);
  for (std::vector<FunctionId> &List : OverriddenBy)
    std::sort(List.begin(), List.end(), [&](FunctionId A, FunctionId B) {
      return std::tie(P[A].QualifiedName, P[A].USR, A) <
             std::tie(P[B].QualifiedName, P[B].USR, B);
    });
}

void Search::findAllocatorSide() {
  AllocatorSide.assign(P.size(), false);
  if (llvm::none_of(P.functions(),
                    [](const FunctionSummary &S) { return S.IsAllocator; }))
    return; // Most programs: no caller table to build.
  // For each function, its distinct callers that are not (yet) on the
  // allocator side; a function whose count drops to zero joins it.
  std::vector<std::vector<FunctionId>> Callees(P.size());
  std::vector<unsigned> OtherCallers(P.size(), 0);
  for (FunctionId F = 0; F < P.size(); ++F) {
    std::vector<FunctionId> &Out = Callees[F];
    for (const CallSite &C : P[F].Calls)
      for (FunctionId T : targetsOf(C))
        if (T != F && llvm::find(Out, T) == Out.end())
          Out.push_back(T);
    for (FunctionId T : Out)
      ++OtherCallers[T];
  }
  std::vector<FunctionId> Work;
  for (FunctionId F = 0; F < P.size(); ++F)
    if (P[F].IsAllocator) {
      AllocatorSide[F] = true;
      Work.push_back(F);
    }
  while (!Work.empty()) {
    FunctionId F = Work.back();
    Work.pop_back();
    for (FunctionId T : Callees[F]) {
      assert(OtherCallers[T] > 0 && "each caller is counted once");
      if (--OtherCallers[T] == 0 && !AllocatorSide[T]) {
        AllocatorSide[T] = true;
        Work.push_back(T);
      }
    }
  }
}

std::vector<FunctionId> Search::targetsOf(const CallSite &Call) const {
  std::vector<FunctionId> Targets{Call.Callee};
  auto AddOnce = [&](FunctionId T) {
    if (std::find(Targets.begin(), Targets.end(), T) == Targets.end())
      Targets.push_back(T);
  };
  // A call whose unit had no body of its own may reach any definition.
  if (!Call.Bound)
    for (FunctionId D : P[Call.Callee].OtherDefinitions)
      AddOnce(D);
  if (!Call.Virtual)
    return Targets;
  for (size_t I = 0; I < Targets.size(); ++I)
    if (std::optional<FunctionId> Named = P.find(P[Targets[I]].USR))
      for (FunctionId O : OverriddenBy[*Named])
        AddOnce(O);
  return Targets;
}

bool Search::isOpaqueCallee(const FunctionSummary &Callee) const {
  if (Callee.HasBody || Callee.TrustedPure || Callee.AllowImpure ||
      Callee.IsEffect || Callee.IsPublisher)
    return false;
  return Callee.DeclaredInSystemHeader ? Options.OpaqueSystemCalls
                                       : Options.OpaqueUserDeclarations;
}

bool Search::buildsObject(FunctionId Caller, const CallSite &Call,
                          const Visit &From) const {
  return (P[Caller].BuildsObject || From.Building) && passesOwnObject(Call);
}

unsigned Search::deferralOf(FunctionId Caller, const CallSite &Call,
                            const Visit &From) const {
  unsigned Reasons = None;
  if (Call.Bookkeeping && !From.Bookkeeping)
    Reasons |= Bookkeeping;
  if (!From.Building && buildsObject(Caller, Call, From))
    Reasons |= Initialising;
  if (!Call.Where.Waivers.empty())
    Reasons |= Waived;
  return Reasons;
}

void Search::followCall(FunctionId Caller, unsigned CallIndex,
                        unsigned Admitted) {
  const CallSite &Call = P[Caller].Calls[CallIndex];
  const Visit &From = Visited.find(Caller)->second;
  unsigned Reasons = deferralOf(Caller, Call, From);
  if (Reasons & ~Admitted) {
    Deferred.push_back({Caller, CallIndex, Reasons});
    return;
  }
  FunctionId Entry = From.Entry, Hatch = From.Hatch;
  bool Bookkeeping = From.Bookkeeping || Call.Bookkeeping;
  // A constructor's call on its own object initialises it, as does every
  // such call below that one.
  bool Building = buildsObject(Caller, Call, From);
  bool AnyBody = false;
  for (FunctionId T : targetsOf(Call)) {
    const FunctionSummary &Target = P[T];
    if (Target.IsPublisher) {
      AnyBody = true; // An emission: the intent goes out, nothing runs here.
      record(&Certificate::Emissions, Target, Call.Where);
      continue;
    }
    if (Target.AllowImpure && Hatch == NoParent) {
      AnyBody = true; // Audited: reported only as suppressed, if at all.
      record(&Certificate::EscapeHatches, Target, Call.Where,
             Target.AllowReason);
      if (Options.FollowEscapeHatches && Target.HasBody)
        Hatches.emplace_back(Caller, CallIndex, T);
      continue;
    }
    if (Target.IsEffect) {
      report(Caller, Category::EffectCall,
             "call to '" + Target.QualifiedName + "'", "", Call.Where);
      continue;
    }
    if (!Target.HasBody)
      continue;
    AnyBody = true;
    if (Visited
            .try_emplace(T, Visit{Caller, CallIndex, Entry, Hatch, NoParent,
                                  Bookkeeping, Building})
            .second)
      Queue.push_back(T);
  }
  const FunctionSummary &Callee = P[Call.Callee];
  if (!AnyBody && !Call.Where.InSystemHeader) {
    if (isOpaqueCallee(Callee))
      report(Caller, Category::Opaque, "call to '" + Callee.QualifiedName + "'",
             "no visible body", Call.Where);
    else if (Callee.TrustedPure)
      record(&Certificate::TrustedPure, Callee, Call.Where);
    else if (!Callee.HasBody && !Callee.IsEffect)
      record(&Certificate::SkippedOpaque, Callee, Call.Where);
  }
  followFunctionValues(Caller, CallIndex);
}

bool Search::invokes(FunctionId F, ParamIndex Param) {
  auto [It, Inserted] = Invokes.try_emplace({F, Param}, false);
  if (!Inserted)
    return It->second; // Known, or being computed (a cycle: no).
  const FunctionSummary &S = P[F];
  bool Result = llvm::any_of(
      S.ParamCalls, [&](const ParamCall &C) { return C.Param == Param; });
  for (const CallSite &C : S.Calls)
    for (const ArgBinding &B : C.Args)
      if (!Result && B.Caller == Param)
        for (FunctionId T : targetsOf(C))
          if (P[T].HasBody && invokes(T, B.Callee)) {
            Result = true;
            break;
          }
  Invokes[{F, Param}] = Result;
  return Result;
}

void Search::followFunctionValues(FunctionId Caller, unsigned CallIndex) {
  const CallSite &Call = P[Caller].Calls[CallIndex];
  const Visit &From = Visited.find(Caller)->second;
  FunctionId Entry = From.Entry, Hatch = From.Hatch;
  for (FunctionId T : targetsOf(Call)) {
    const FunctionSummary &Target = P[T];
    if (!Target.HasBody || Target.AllowImpure || Target.IsEffect ||
        Target.IsPublisher)
      continue;
    for (ParamIndex K = 1; K < Target.ParamNames.size(); ++K) {
      if (!invokes(T, K))
        continue;
      auto Value = llvm::find_if(Call.FunctionArgs, [&](const FunctionArg &A) {
        return A.Callee == K;
      });
      bool FromCaller = llvm::any_of(
          Call.Args, [&](const ArgBinding &B) { return B.Callee == K; });
      if (Value == Call.FunctionArgs.end()) {
        // The caller's own parameter: its callers decide (an entry's
        // are reported as opaque, see drain). Anything else is unknown.
        if (!FromCaller && !Call.Where.InSystemHeader)
          report(Caller, Category::Opaque,
                 "call to '" + Target.QualifiedName +
                     "' with a function value it calls",
                 "target not known statically", Call.Where);
        continue;
      }
      const FunctionSummary &Fn = P[Value->Value];
      ChainStep Hop{P[Caller].ShortName, Fn.ShortName, Call.Where, "",
                    Target.ShortName};
      if (Value->RuleCat == Category::Pure)
        continue;
      if (Value->RuleCat != Category::Unset) {
        Finding F = baseFinding(Caller, Value->RuleCat, Value->What,
                                Value->Reason, Call.Where);
        F.Notes.emplace_back(Call.Where, Finding::noteFor(Hop));
        add(std::move(F));
        continue;
      }
      if (!Fn.HasBody) {
        if (!Call.Where.InSystemHeader && isOpaqueCallee(Fn))
          report(Caller, Category::Opaque, "call to '" + Fn.QualifiedName + "'",
                 "no visible body", Call.Where);
        continue;
      }
      if (Fn.AllowImpure || Fn.IsEffect || Fn.IsPublisher)
        continue;
      Visit Next{Caller,       CallIndex, Entry,
                 Hatch,        T,         From.Bookkeeping || Call.Bookkeeping,
                 From.Building};
      if (Visited.try_emplace(Value->Value, Next).second)
        Queue.push_back(Value->Value);
    }
  }
}

std::vector<ChainStep> Search::chainTo(FunctionId F) const {
  std::vector<ChainStep> Chain;
  for (FunctionId Cur = F;;) {
    const Visit &V = Visited.find(Cur)->second;
    if (V.Parent == NoParent)
      break;
    const FunctionSummary &Caller = P[V.Parent];
    Chain.push_back({Caller.ShortName, P[Cur].ShortName,
                     Caller.Calls[V.CallIndex].Where, "",
                     V.Through == NoParent ? "" : P[V.Through].ShortName});
    Cur = V.Parent;
  }
  std::reverse(Chain.begin(), Chain.end());
  return Chain;
}

void Search::report(FunctionId In, Category Cat, std::string What,
                    std::string Reason, const Location &Where) {
  Finding F = baseFinding(In, Cat, std::move(What), std::move(Reason), Where);
  assert((F.Chain.empty() || F.Chain.back().Callee == P[In].ShortName) &&
         "the chain ends at the function with the operation");
  add(std::move(F));
}

Finding Search::baseFinding(FunctionId In, Category Cat, std::string What,
                            std::string Reason, const Location &Where) const {
  Finding F;
  F.Cat = Cat;
  F.What = std::move(What);
  F.Reason = std::move(Reason);
  F.Primary = Where;
  F.Chain = chainTo(In);
  const Visit &V = Visited.find(In)->second;
  const FunctionSummary &Entry = P[V.Entry];
  F.Entry = Entry.QualifiedName;
  F.EntryDecl = Entry.Decl;
  F.EntryRole = Entry.Entry;
  if (V.Hatch != NoParent)
    F.Suppressed = Suppression{Suppression::AllowImpure, P[V.Hatch].AllowReason,
                               P[V.Hatch].Decl, ""};
  return F;
}

void Search::add(Finding F) {
  F.placeInUserCode();
  F.applyWaivers();
  if (Reported.insert(F.identityKey()).second)
    Findings.push_back(std::move(F));
}

std::vector<Finding> Search::run(std::vector<Emission> *EmissionsOut) {
  Emissions = EmissionsOut;
  searchFrom(entryPoints(P));
  Emissions = nullptr;
  sortFindings(Findings);
  return Findings;
}

Certificate Search::certify(FunctionId Entry) {
  Certificate C;
  C.Entry = P[Entry].QualifiedName;
  C.EntryDecl = P[Entry].Decl;
  Recording = &C;
  std::vector<Emission> Emitted;
  Emissions = &Emitted;
  searchFrom({Entry});
  Emissions = nullptr;
  Recording = nullptr;
  for (const Emission &E : Emitted)
    C.Intents.push_back({E.Site.Intent.describe(), E.Site.Where, ""});
  for (const auto &[F, V] : Visited) {
    if (!P[F].HasBody || V.Hatch != NoParent)
      continue; // Behind an escape hatch: listed as the hatch.
    if (P[F].DeclaredInSystemHeader)
      ++C.PlatformFunctions;
    else
      C.Reached.push_back(P[F].QualifiedName);
  }
  llvm::sort(C.Reached);
  C.Reached.erase(std::unique(C.Reached.begin(), C.Reached.end()),
                  C.Reached.end());
  sortFindings(Findings);
  C.Findings = std::move(Findings);
  auto ByPlace = [](std::vector<TrustedCall> &List) {
    stableSort(List, [](const TrustedCall &A, const TrustedCall &B) {
      return std::tie(A.Where.File, A.Where.Line, A.Where.Column, A.Callee) <
             std::tie(B.Where.File, B.Where.Line, B.Where.Column, B.Callee);
    });
  };
  for (auto *List : {&C.TrustedPure, &C.EscapeHatches, &C.SkippedOpaque,
                     &C.Emissions, &C.Intents})
    ByPlace(*List);
  return C;
}

void Search::searchFrom(llvm::ArrayRef<FunctionId> Entries) {
  for (FunctionId E : Entries) {
    Visit Seed{NoParent, 0, E};
    Seed.Bookkeeping = AllocatorSide[E];
    if (Visited.try_emplace(E, Seed).second)
      Queue.push_back(E);
  }
  drain();
  drainDeferred();
  for (auto [Caller, CallIndex, Hatch] : Hatches) {
    const Visit &From = Visited.find(Caller)->second;
    if (Visited
            .try_emplace(Hatch,
                         Visit{Caller, CallIndex, From.Entry, Hatch, NoParent,
                               From.Bookkeeping, From.Building})
            .second)
      Queue.push_back(Hatch);
  }
  drain();
  drainDeferred();
  findParameterWrites(Entries);
}

void Search::drainDeferred() {
  // Pass by pass, each admitting one more reason: bookkeeping, then
  // initialising, then waived calls. A call waits for the first pass that
  // admits all its reasons; calls deferred while a pass runs join it (or
  // a later one), so the loop ends when no call is left.
  for (unsigned Admitted :
       {unsigned(Bookkeeping), unsigned(Bookkeeping | Initialising),
        unsigned(AllDeferrals)}) {
    for (bool Progress = true; Progress;) {
      Progress = false;
      for (size_t I = 0; I < Deferred.size(); ++I) {
        if (Deferred[I].Reasons & ~Admitted)
          continue;
        DeferredCall Call = Deferred[I];
        Deferred.erase(Deferred.begin() + I--);
        followCall(Call.Caller, Call.CallIndex, Admitted);
        drain();
        Progress = true;
      }
    }
  }
  assert(Deferred.empty() && "the last pass admits every reason");
}

void Search::findParameterWrites(llvm::ArrayRef<FunctionId> Entries) {
  // Seeds: every entry's parameters (and its object, unless it builds the
  // object: constructors, destructors, assignments).
  llvm::DenseSet<std::pair<FunctionId, ParamIndex>> Seen;
  // An allocator's own writes (a free-list link in a released block) are
  // bookkeeping: its parameters are not seeds.
  for (FunctionId E : Entries)
    for (ParamIndex I = P[E].BuildsObject ? 1 : 0;
         !AllocatorSide[E] && I < P[E].ParamNames.size(); ++I)
      if (Seen.insert({E, I}).second)
        ParamVisits.push_back({E, I, NoParent, 0, E, I});
  // Breadth first, so the first chain to a write is a shortest one; a
  // recursive helper is visited once per parameter. Calls a NOLINT covers
  // wait until every other path has been searched, as in the call search.
  std::vector<ParamVisit> Waited;
  for (unsigned V = 0;; ++V) {
    if (V == ParamVisits.size()) {
      for (ParamVisit &W : Waited)
        if (Seen.insert({W.F, W.Param}).second)
          ParamVisits.push_back(W);
      Waited.clear();
      if (V == ParamVisits.size())
        break;
    }
    ParamVisit Here = ParamVisits[V];
    const FunctionSummary &S = P[Here.F];
    for (const ParamWrite &W : S.ParamWrites)
      if (W.Param == Here.Param)
        reportParameterWrite(V, W);
    for (unsigned C = 0; C < S.Calls.size(); ++C)
      for (const ArgBinding &B : S.Calls[C].Args) {
        // An allocator's writes (a free-list link in a released block) and
        // a static's initialiser are bookkeeping.
        if (B.Caller != Here.Param || S.Calls[C].Bookkeeping)
          continue;
        for (FunctionId T : targetsOf(S.Calls[C])) {
          const FunctionSummary &Target = P[T];
          // The platform's bodies are described by rules (mutators), not
          // followed; nor are escape hatches, effects, or a callee that
          // builds the object it is given.
          if (!Target.HasBody || Target.AllowImpure || Target.IsEffect ||
              Target.IsPublisher || Target.DeclaredInSystemHeader ||
              (B.Callee == 0 && Target.BuildsObject))
            continue;
          ParamVisit Next{T, B.Callee, V, C, Here.Entry, Here.EntryParam};
          if (!S.Calls[C].Where.Waivers.empty())
            Waited.push_back(Next);
          else if (Seen.insert({T, B.Callee}).second)
            ParamVisits.push_back(Next);
        }
      }
  }
}

void Search::reportParameterWrite(unsigned V, const ParamWrite &W) {
  const ParamVisit &Here = ParamVisits[V];
  const FunctionSummary &Entry = P[Here.Entry];
  Finding F;
  F.What = W.What;
  F.Primary = W.Where;
  F.Entry = Entry.QualifiedName;
  F.EntryDecl = Entry.Decl;
  F.EntryRole = Entry.Entry;
  if (Here.EntryParam == 0) {
    F.Cat = Category::MemberState;
  } else {
    F.Cat = Category::InputMutation;
    F.Reason = "parameter '" + Entry.ParamNames[Here.EntryParam] + "'";
  }
  for (unsigned Cur = V; ParamVisits[Cur].Parent != NoParent;
       Cur = ParamVisits[Cur].Parent) {
    const ParamVisit &Step = ParamVisits[Cur];
    const ParamVisit &From = ParamVisits[Step.Parent];
    const FunctionSummary &Caller = P[From.F];
    F.Chain.push_back({Caller.ShortName, P[Step.F].ShortName,
                       Caller.Calls[Step.CallIndex].Where,
                       From.Param ? Caller.ParamNames[From.Param] : "", ""});
  }
  std::reverse(F.Chain.begin(), F.Chain.end());
  add(std::move(F));
}

bool Search::isObservable(const Operation &Op, const Visit &V) const {
  if (V.Bookkeeping && isStateCategory(Op.Cat))
    return false;
  if (V.Building && Op.Cat == Category::MemberState)
    return false;
  // A variable no unit of the whole program modifies is a constant.
  return Op.Variable.empty() || !Options.ClosedWorld ||
         P.mayModifyVariable(Op.Variable);
}

void Search::drain() {
  while (!Queue.empty()) {
    FunctionId F = Queue.front();
    Queue.pop_front();
    const Visit &V = Visited.find(F)->second;
    for (const Operation &Op : P[F].Ops)
      if (isObservable(Op, V))
        report(F, Op.Cat, Op.What, Op.Reason, Op.Where);
    if (Emissions && V.Hatch == NoParent)
      for (const IntentSite &Site : P[F].Emits) {
        const FunctionSummary &Entry = P[V.Entry];
        Emissions->push_back(
            {Site, Entry.QualifiedName, Entry.Decl, Entry.Entry, chainTo(F)});
      }
    // An entry's caller supplies its function pointers: unknown here.
    if (V.Parent == NoParent)
      for (const ParamCall &C : P[F].ParamCalls)
        if (!C.Where.InSystemHeader)
          report(F, Category::Opaque, "call through a function pointer",
                 "target not known statically", C.Where);
    for (unsigned I = 0; I < P[F].Calls.size(); ++I)
      followCall(F, I);
  }
}

} // namespace

std::vector<Certificate>
certifyEntries(const ProgramSummary &Program,
               const ReachabilityOptions &Options,
               llvm::function_ref<bool(const FunctionSummary &)> Select) {
  std::vector<Certificate> Result;
  for (FunctionId E : entryPoints(Program))
    if (Select(Program[E]))
      Result.push_back(Search(Program, Options).certify(E));
  return Result;
}

std::vector<Finding> findViolations(const ProgramSummary &Program,
                                    const ReachabilityOptions &Options,
                                    std::vector<Emission> *Emissions) {
  return Search(Program, Options).run(Emissions);
}

} // namespace onex
