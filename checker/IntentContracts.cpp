//===- IntentContracts.cpp ------------------------------------------------===//

#include "checker/IntentContracts.h"
#include "checker/StableSort.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"
#include <optional>
#include <tuple>

namespace onex {

namespace {

/// Notes name at most this many handler functions (or reducers); a last
/// note counts the rest.
constexpr size_t MaxSearchedNotes = 4;

/// The handler sites grouped by function, in the order handlerSites gives.
struct HandlerGroup {
  const FunctionSummary *Function;
  std::vector<const IntentSite *> Sites;
};

std::vector<HandlerGroup> groupByFunction(llvm::ArrayRef<HandlerSite> Sites) {
  std::vector<HandlerGroup> Groups;
  for (const HandlerSite &H : Sites) {
    if (Groups.empty() || Groups.back().Function != H.Function)
      Groups.push_back({H.Function, {}});
    Groups.back().Sites.push_back(H.Site);
  }
  return Groups;
}

std::string listIntents(llvm::ArrayRef<const IntentSite *> Sites) {
  std::string List;
  for (size_t I = 0; I < Sites.size(); ++I) {
    if (I == MaxSearchedNotes) {
      List += " and " + std::to_string(Sites.size() - I) + " more";
      break;
    }
    List += (I ? ", " : "") + Sites[I]->Intent.describe();
  }
  return List;
}

/// "'a', 'b', 'c', 'd' and 3 more".
std::string listNames(llvm::ArrayRef<std::string> Names) {
  std::string List;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I == MaxSearchedNotes)
      return List + " and " + std::to_string(Names.size() - I) + " more";
    List += (I ? ", '" : "'") + Names[I] + "'";
  }
  return List;
}

std::string plural(size_t N, llvm::StringRef One, llvm::StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

/// The notes of an unhandled intent. The handlers of the same model (the
/// near misses: another intent type, a typo) are named one by one, with
/// what they take; the others are counted in one note.
void noteSearchedHandlers(Finding &F, const IntentKey &Emitted,
                          llvm::ArrayRef<HandlerGroup> Groups,
                          const HandlerResolver &Resolver) {
  assert(!Groups.empty() && "contracts apply only where intents are routed");
  std::vector<const HandlerGroup *> Near;
  std::vector<std::string> Others;
  const HandlerGroup *FirstOther = nullptr;
  for (const HandlerGroup &G : Groups) {
    if (llvm::any_of(G.Sites, [&](const IntentSite *S) {
          return S->Intent.Model == Emitted.Model;
        })) {
      Near.push_back(&G);
      continue;
    }
    if (!FirstOther)
      FirstOther = &G;
    if (Others.empty() || Others.back() != G.Function->QualifiedName)
      Others.push_back(G.Function->QualifiedName);
  }
  for (size_t I = 0; I < Near.size() && I < MaxSearchedNotes; ++I) {
    const FunctionSummary &H = *Near[I]->Function;
    // A handler that passes the intent on says where it went; one that
    // handles its model itself says what it takes.
    std::vector<const IntentSite *> Own;
    for (const IntentSite *S : Near[I]->Sites) {
      if (S->ForwardTo.empty()) {
        Own.push_back(S);
        continue;
      }
      if (S->Intent.handles(Emitted))
        F.Notes.emplace_back(S->Where, "'" + H.QualifiedName +
                                           "' hands it to '" +
                                           Resolver.nameOf(S->ForwardTo) +
                                           "' here, which does not handle it");
    }
    if (llvm::any_of(Own, [&](const IntentSite *S) {
          return S->Intent.Model == Emitted.Model;
        }))
      F.Notes.emplace_back(H.Decl, "searched " + handlerRole(H).str() + " '" +
                                       H.QualifiedName + "', which handles " +
                                       listIntents(Own));
  }
  if (Near.size() > MaxSearchedNotes)
    Others.insert(Others.begin(),
                  "(" + std::to_string(Near.size() - MaxSearchedNotes) +
                      " more of the same model)");
  if (FirstOther)
    F.Notes.emplace_back(
        FirstOther->Function->Decl,
        "searched " +
            plural(Others.size(),
                   Near.empty() ? "effect or intent executor"
                                : "other effect or intent executor",
                   Near.empty() ? "effects and intent executors"
                                : "other effects and intent executors") +
            ", none for '" + Emitted.Model + "': " + listNames(Others));
}

/// Whether ExternalIntents names the intent: its model, or its type
/// constant (with or without the quotes of a string).
bool isExternal(const IntentKey &Key, const std::optional<llvm::Regex> &Re) {
  if (!Re)
    return false;
  llvm::StringRef Type = Key.Type;
  return Re->match(Key.Model) ||
         (!Type.empty() && (Re->match(Type) || Re->match(Type.trim('"'))));
}

/// "'archive' of 'fsm::FsmIntents' is never read by 'fsm::NodeFsmEffect::
/// execute'": for an emission into a bundle field, the handlers that read
/// the bundle's other fields.
std::string unreadField(const IntentSite &Emitted,
                        llvm::ArrayRef<HandlerGroup> Groups) {
  if (Emitted.Bundle.empty())
    return "";
  // A field some handler reads, for other intents (a variant's other
  // alternatives), is not unread: the notes say who handles what.
  for (const HandlerGroup &G : Groups)
    for (const IntentSite *S : G.Sites)
      if (S->Bundle == Emitted.Bundle && S->Field == Emitted.Field)
        return "";
  std::vector<std::string> Readers;
  for (const HandlerGroup &G : Groups)
    if (llvm::any_of(
            G.Sites,
            [&](const IntentSite *S) { return S->Bundle == Emitted.Bundle; }) &&
        (Readers.empty() || Readers.back() != G.Function->QualifiedName))
      Readers.push_back(G.Function->QualifiedName);
  if (Readers.empty())
    return "";
  std::string Names = "'" + Readers.front() + "'";
  if (Readers.size() > 1)
    Names += " or " + listNames(llvm::ArrayRef(Readers).drop_front());
  return "'" + Emitted.Field + "' of '" + Emitted.Bundle +
         "' is never read by " + Names;
}

Finding unhandled(const Emission &E) {
  Finding F;
  F.Cat = Category::UnhandledIntent;
  F.What = "intent " + E.Site.Intent.describe();
  F.Primary = E.Site.Where;
  F.Entry = E.Entry;
  F.EntryDecl = E.EntryDecl;
  F.EntryRole = E.EntryRole;
  F.Chain = E.Chain;
  return F;
}

Finding deadHandler(const FunctionSummary &H, const IntentSite &Site) {
  Finding F;
  F.Cat = Category::DeadIntentHandler;
  F.What = "handler of intent " + Site.Intent.describe() + " in " +
           handlerRole(H).str() + " '" + H.QualifiedName + "'";
  F.Primary = Site.Where;
  F.EntryRole = EntryKind::None;
  return F;
}

/// The notes of a dead handler: the emissions of the same model (the near
/// misses) one by one, the reducers searched in one note.
void noteSearchedEmissions(Finding &F, const IntentKey &Handled,
                           llvm::ArrayRef<Emission> Emissions,
                           const Location &Fallback) {
  if (Emissions.empty()) {
    F.Notes.emplace_back(Fallback, "no reducer of the program emits an intent");
    return;
  }
  size_t Near = 0;
  for (const Emission &E : Emissions)
    if (E.Site.Intent.Model == Handled.Model && Near++ < MaxSearchedNotes)
      F.Notes.emplace_back(E.Site.Where, "reducer '" + E.Entry + "' emits " +
                                             E.Site.Intent.describe() +
                                             " here");
  std::vector<std::string> Entries;
  llvm::StringSet<> Seen;
  for (const Emission &E : Emissions)
    if (Seen.insert(E.Entry).second)
      Entries.push_back(E.Entry);
  F.Notes.emplace_back(Emissions.front().EntryDecl,
                       "searched the intents of " +
                           plural(Entries.size(), "reducer", "reducers") +
                           ": " + listNames(Entries));
}

bool hasReducer(const ProgramSummary &Program) {
  return llvm::any_of(Program.functions(), [](const FunctionSummary &S) {
    return S.Entry == EntryKind::Reducer && S.HasBody;
  });
}

} // namespace

bool HandlerResolver::takes(const IntentSite &Site, const IntentKey &Emitted,
                            unsigned Depth) const {
  if (!Site.Intent.handles(Emitted))
    return false;
  if (Site.ForwardTo.empty() || Depth > MaxForwarding)
    return true;
  const FunctionSummary *Callee = definition(Site.ForwardTo);
  if (!Callee)
    return true; // Not in the program: it may handle them.
  return llvm::any_of(Callee->Handles, [&](const IntentSite &Next) {
    return (Next.Param == Site.ForwardParam ||
            Next.Param == IntentSite::AnyParam) &&
           takes(Next, Emitted, Depth + 1);
  });
}

const FunctionSummary *HandlerResolver::definition(llvm::StringRef USR) const {
  for (const ProgramSummary *P : {&Program, Other})
    if (P)
      if (std::optional<FunctionId> Id = P->find(USR))
        if ((*P)[*Id].HasBody)
          return &(*P)[*Id];
  return nullptr;
}

std::string HandlerResolver::nameOf(llvm::StringRef USR) const {
  const FunctionSummary *F = definition(USR);
  return F ? F->QualifiedName : USR.str();
}

llvm::StringRef handlerRole(const FunctionSummary &F) {
  return F.IsEffect ? "effect" : "intent executor";
}

std::vector<HandlerSite> handlerSites(const ProgramSummary &Program) {
  std::vector<HandlerSite> Sites;
  for (const FunctionSummary &S : Program.functions())
    if ((S.IsEffect || S.IsExecutor) && S.HasBody && !S.DeclaredInSystemHeader)
      for (const IntentSite &Site : S.Handles)
        Sites.push_back({&S, &Site});
  stableSort(Sites, [](const HandlerSite &A, const HandlerSite &B) {
    const Location &L = A.Site->Where, &R = B.Site->Where;
    return std::tie(A.Function->QualifiedName, A.Function->Decl.File,
                    A.Function->Decl.Line, L.File, L.Line, L.Column) <
           std::tie(B.Function->QualifiedName, B.Function->Decl.File,
                    B.Function->Decl.Line, R.File, R.Line, R.Column);
  });
  return Sites;
}

bool routesIntents(const ProgramSummary &Program, const ContractScope &Scope) {
  return !handlerSites(Program).empty() ||
         (Scope.OtherHandlers && !handlerSites(*Scope.OtherHandlers).empty());
}

std::vector<Finding> checkIntentContracts(const ProgramSummary &Program,
                                          llvm::ArrayRef<Emission> Emissions,
                                          const ContractScope &Scope) {
  if (!routesIntents(Program, Scope))
    return {};
  std::optional<llvm::Regex> External;
  if (!Scope.ExternalIntents.empty()) {
    External.emplace(Scope.ExternalIntents);
    assert(External->isValid() && "ExternalIntents is validated");
  }
  HandlerResolver Resolver(Program, Scope.OtherHandlers);
  // The program's own handlers (the only ones that can be dead), then the
  // index's that the program does not have.
  const std::vector<HandlerSite> Own = handlerSites(Program);
  std::vector<HandlerSite> Handlers = Own;
  if (Scope.OtherHandlers) {
    for (const HandlerSite &H : handlerSites(*Scope.OtherHandlers))
      if (llvm::none_of(Handlers, [&](const HandlerSite &Known) {
            return Known.Site->Where.samePlace(H.Site->Where) &&
                   Known.Site->Intent.Model == H.Site->Intent.Model &&
                   Known.Site->Intent.Type == H.Site->Intent.Type;
          }))
        Handlers.push_back(H);
  }
  std::vector<HandlerGroup> Groups = groupByFunction(Handlers);

  std::vector<Finding> Findings;
  llvm::StringSet<> Reported;
  auto Add = [&](Finding F) {
    F.applyWaivers();
    if (Reported.insert(F.identityKey()).second)
      Findings.push_back(std::move(F));
  };
  for (const Emission &E : Emissions) {
    if (isExternal(E.Site.Intent, External) ||
        llvm::any_of(Handlers, [&](const HandlerSite &H) {
          return Resolver.takes(*H.Site, E.Site.Intent);
        }))
      continue;
    Finding F = unhandled(E);
    F.Reason = unreadField(E.Site, Groups);
    noteSearchedHandlers(F, E.Site.Intent, Groups, Resolver);
    Add(std::move(F));
  }
  // One dead handler per function and intent: an effect may read one
  // intent in several places (a loop over a field, a lambda's parameter).
  llvm::StringSet<> DeadIn;
  if (Scope.ReportDeadHandlers && hasReducer(Program))
    for (const HandlerSite &H : Own) {
      // Reached by an emission, even one a forwarding handler then drops
      // (that one is unhandled, not dead).
      if (isExternal(H.Site->Intent, External) ||
          llvm::any_of(Emissions, [&](const Emission &E) {
            return H.Site->Intent.handles(E.Site.Intent);
          }))
        continue;
      if (!DeadIn
               .insert(H.Function->USR + "|" + H.Site->Intent.Model + "|" +
                       H.Site->Intent.Type)
               .second)
        continue;
      Finding F = deadHandler(*H.Function, *H.Site);
      noteSearchedEmissions(F, H.Site->Intent, Emissions, H.Function->Decl);
      Add(std::move(F));
    }
  sortFindings(Findings);
  return Findings;
}

} // namespace onex
