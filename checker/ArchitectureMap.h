//===- ArchitectureMap.h - Reducers, effects, executors and their intents -===//
//
// What `onex-purity map` draws, computed from linked programs: one node per
// reducer, effect and intent executor (a class, or a free function), one
// edge per intent between an emitting reducer and each node that handles it
// (and on from a node that forwards it to the one it hands it to), and the
// findings on each node. An intent nobody handles goes to a node
// of its own ("unhandled"), so the map shows the lost write as a red edge.
// Renderers (tool/MapRenderers) lay it out; they never look at summaries.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_ARCHITECTUREMAP_H
#define ONEX_CHECKER_ARCHITECTUREMAP_H

#include "checker/Finding.h"
#include "checker/Reachability.h"
#include "checker/Summary.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <vector>

namespace onex {

struct MapNode {
  enum KindType { Reducer, Effect, Executor, Unhandled } Kind = Reducer;
  std::string Name;             // "bridge::NodeBridgeReducer", or a function.
  Location Decl;                // The first function's declaration.
  std::vector<size_t> Findings; // Indexes into ArchitectureMap::Findings.
};

struct MapEdge {
  size_t From = 0, To = 0; // Node indexes.
  std::string Intent;      // IntentKey::describe().
  std::string Label;       // Short: "PublishEvent \"PUBLISH_EVENT\"".
  Location Where;          // The first emission.
  bool Unhandled = false;
};

struct ArchitectureMap {
  std::vector<MapNode> Nodes; // Reducers, effects, executors, then unhandled.
  std::vector<MapEdge> Edges; // By source node, target node, intent.
  std::vector<Finding> Findings;
};

/// Builds the map program by program (a build tree may link several);
/// nodes of the same name are one node.
class MapBuilder {
public:
  /// Adds a linked program, the emissions its search found and its
  /// findings (already filtered by the enabled checks).
  void addProgram(const ProgramSummary &Program,
                  llvm::ArrayRef<Emission> Emissions,
                  llvm::ArrayRef<Finding> Findings);
  /// The map, in a deterministic order.
  ArchitectureMap take();

private:
  size_t nodeFor(const FunctionSummary &F, MapNode::KindType Kind);
  size_t unhandledNode();
  void addEdge(size_t From, size_t To, const Emission &E, bool Unhandled);

  /// Where each function drawn as (part of) a node is defined.
  struct FunctionPlace {
    std::string File;
    unsigned Line;
    size_t Node;
  };

  ArchitectureMap Map;
  std::vector<FunctionPlace> Places;
  llvm::StringMap<size_t> NodeByName;
  llvm::StringMap<size_t> NodeOfFunction; // Qualified function name.
  llvm::StringMap<size_t> EdgeByKey;
  llvm::StringSet<> FindingKeys;
};

} // namespace onex

#endif // ONEX_CHECKER_ARCHITECTUREMAP_H
