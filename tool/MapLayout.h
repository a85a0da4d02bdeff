//===- MapLayout.h - Where the HTML map draws its nodes and labels --------===//
//
// A layered drawing of an ArchitectureMap: columns of reducers, intent
// executors, effects and the unhandled sink, so intents flow left to right.
// Within a column, nodes are ordered to reduce edge crossings (barycenter
// sweeps, deterministic). Every edge has its own label, in the gap to the
// right of its source's column; the labels of a gap are packed top to
// bottom so that no two overlap, and the edge is routed along its label
// (the label sits just above its own line, never on another's). Long names
// are shortened to fit; the renderer keeps the full name for hover.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_MAPLAYOUT_H
#define ONEX_TOOL_MAPLAYOUT_H

#include "checker/ArchitectureMap.h"
#include <string>
#include <vector>

namespace onex::tool {

struct MapGeometry {
  static constexpr unsigned BoxWidth = 260, BoxHeight = 46, RowHeight = 64,
                            GapWidth = 340, Margin = 30, LabelHeight = 14;
  /// Text widths the layout budgets with (sans-serif, generous).
  static constexpr unsigned NameCharWidth = 8, LabelCharWidth = 6;
};

struct PlacedNode {
  unsigned X = 0, Y = 0; // Top left of its box.
  std::string Name;      // Shortened to fit the box.
};

struct PlacedEdge {
  unsigned LabelX = 0, LabelY = 0; // The label's baseline start.
  unsigned LabelWidth = 0;         // As budgeted.
  std::string Label;               // Shortened to fit the gap.
  std::string Path;                // SVG path data.
};

struct MapLayout {
  unsigned Width = 0, Height = 0;
  std::vector<PlacedNode> Nodes; // By node index.
  std::vector<PlacedEdge> Edges; // By edge index.
};

MapLayout layoutMap(const ArchitectureMap &Map);

/// Name shortened to at most Max characters: template arguments collapse
/// to "<…>" first, then leading scopes go ("…::NodeStage10Reducer"), then
/// the front is cut.
std::string shortenName(llvm::StringRef Name, size_t Max);

} // namespace onex::tool

#endif // ONEX_TOOL_MAPLAYOUT_H
