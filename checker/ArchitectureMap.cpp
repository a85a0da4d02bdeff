//===- ArchitectureMap.cpp ------------------------------------------------===//

#include "checker/ArchitectureMap.h"
#include "checker/IntentContracts.h"
#include "checker/StableSort.h"
#include <numeric>
#include <optional>
#include <tuple>

namespace onex {

namespace {

/// The model's own name and the intent's type: what fits on an edge.
std::string shortLabel(const IntentKey &K) {
  llvm::StringRef Model = K.Model.empty() ? K.Spelling : K.Model;
  size_t Scope = Model.rfind("::");
  std::string Label =
      (Scope == llvm::StringRef::npos ? Model : Model.substr(Scope + 2)).str();
  return K.Type.empty() ? Label : Label + " " + K.Type;
}

} // namespace

size_t MapBuilder::nodeFor(const FunctionSummary &F, MapNode::KindType Kind) {
  std::string Name = F.Class.empty() ? F.QualifiedName : F.Class;
  auto [It, New] = NodeByName.try_emplace(Name, Map.Nodes.size());
  if (New)
    Map.Nodes.push_back({Kind, Name, F.Decl, {}});
  NodeOfFunction.try_emplace(F.QualifiedName, It->second);
  return It->second;
}

void MapBuilder::addEdge(size_t From, size_t To, const Emission &E,
                         bool Unhandled) {
  std::string Key = std::to_string(From) + ">" + std::to_string(To) + ">" +
                    E.Site.Intent.describe();
  if (EdgeByKey.try_emplace(Key, Map.Edges.size()).second)
    Map.Edges.push_back({From, To, E.Site.Intent.describe(),
                         shortLabel(E.Site.Intent), E.Site.Where, Unhandled});
}

size_t MapBuilder::unhandledNode() {
  auto [It, New] = NodeByName.try_emplace("(unhandled)", Map.Nodes.size());
  if (New)
    Map.Nodes.push_back({MapNode::Unhandled, "(unhandled)", {}, {}});
  return It->second;
}

void MapBuilder::addProgram(const ProgramSummary &Program,
                            llvm::ArrayRef<Emission> Emissions,
                            llvm::ArrayRef<Finding> Findings) {
  for (const FunctionSummary &F : Program.functions()) {
    // Constructors and the like (a marker base's implicit ones too) build
    // objects; they are not what the architecture is made of.
    if (!F.HasBody || F.DeclaredInSystemHeader ||
        (F.BuildsObject && F.Handles.empty()))
      continue;
    std::optional<size_t> Node;
    if (F.Entry == EntryKind::Reducer && !F.IsEffect)
      Node = nodeFor(F, MapNode::Reducer);
    else if (F.IsExecutor)
      Node = nodeFor(F, MapNode::Executor);
    else if (F.IsEffect)
      Node = nodeFor(F, MapNode::Effect);
    if (Node)
      Places.push_back({F.Decl.File, F.Decl.Line, *Node});
  }
  std::vector<HandlerSite> Handlers = handlerSites(Program);
  HandlerResolver Resolver(Program, nullptr);
  // Where the program routes no intent, the contracts do not apply, and
  // nothing is drawn as lost.
  bool Routed = !Handlers.empty();
  for (const Emission &E : Emissions) {
    auto From = NodeOfFunction.find(E.Entry);
    if (From == NodeOfFunction.end())
      continue; // A pure function's emission: no reducer node.
    // The intent goes to each handler that the contracts say reach it; a
    // handler that forwards it adds an edge on to the function it hands it
    // to, or, when that one drops it, a red edge to the unhandled node.
    bool Taken = false;
    for (const HandlerSite &H : Handlers) {
      if (!H.Site->Intent.handles(E.Site.Intent))
        continue;
      size_t Handler = NodeOfFunction.lookup(H.Function->QualifiedName);
      addEdge(From->second, Handler, E, /*Unhandled=*/false);
      bool Takes = Resolver.takes(*H.Site, E.Site.Intent);
      Taken |= Takes;
      if (H.Site->ForwardTo.empty())
        continue;
      const FunctionSummary *Callee = Resolver.definition(H.Site->ForwardTo);
      auto To = Callee ? NodeOfFunction.find(Callee->QualifiedName)
                       : NodeOfFunction.end();
      if (To != NodeOfFunction.end() && To->second != Handler)
        addEdge(Handler, To->second, E, /*Unhandled=*/false);
      if (!Takes && Routed)
        addEdge(To != NodeOfFunction.end() ? To->second : Handler,
                unhandledNode(), E, /*Unhandled=*/true);
    }
    if (!Taken && Routed && llvm::none_of(Handlers, [&](const HandlerSite &H) {
          return H.Site->Intent.handles(E.Site.Intent);
        }))
      addEdge(From->second, unhandledNode(), E, /*Unhandled=*/true);
  }
  for (const Finding &F : Findings) {
    if (!FindingKeys.insert(F.identityKey()).second)
      continue;
    size_t Index = Map.Findings.size();
    Map.Findings.push_back(F);
    auto Entry = NodeOfFunction.find(F.Entry);
    if (!F.Entry.empty() && Entry != NodeOfFunction.end()) {
      Map.Nodes[Entry->second].Findings.push_back(Index);
      continue;
    }
    // A dead handler is the handler's.
    auto Handler = llvm::find_if(Handlers, [&](const HandlerSite &H) {
      return H.Site->Where.samePlace(F.Primary);
    });
    if (Handler != Handlers.end()) {
      Map.Nodes[NodeOfFunction.lookup(Handler->Function->QualifiedName)]
          .Findings.push_back(Index);
      continue;
    }
    // Anything else (an untyped payload spelled in a body) is the node's
    // whose function is defined last before it in the same file, so the
    // page counts what the command line does.
    const FunctionPlace *Best = nullptr;
    for (const FunctionPlace &P : Places)
      if (P.File == F.Primary.File && P.Line <= F.Primary.Line &&
          (!Best || P.Line > Best->Line))
        Best = &P;
    if (Best)
      Map.Nodes[Best->Node].Findings.push_back(Index);
  }
}

ArchitectureMap MapBuilder::take() {
  // Nodes by kind, then name; edges and findings follow the new indexes.
  std::vector<size_t> Order(Map.Nodes.size());
  std::iota(Order.begin(), Order.end(), 0);
  stableSort(Order, [&](size_t A, size_t B) {
    return std::tie(Map.Nodes[A].Kind, Map.Nodes[A].Name) <
           std::tie(Map.Nodes[B].Kind, Map.Nodes[B].Name);
  });
  std::vector<size_t> NewIndex(Order.size());
  ArchitectureMap Result;
  for (size_t I = 0; I < Order.size(); ++I) {
    NewIndex[Order[I]] = I;
    Result.Nodes.push_back(std::move(Map.Nodes[Order[I]]));
  }
  for (MapEdge &E : Map.Edges) {
    E.From = NewIndex[E.From];
    E.To = NewIndex[E.To];
  }
  stableSort(Map.Edges, [](const MapEdge &A, const MapEdge &B) {
    return std::tie(A.From, A.To, A.Intent) < std::tie(B.From, B.To, B.Intent);
  });
  Result.Edges = std::move(Map.Edges);
  Result.Findings = std::move(Map.Findings);
  for (MapNode &N : Result.Nodes)
    llvm::sort(N.Findings);
  return Result;
}

} // namespace onex
