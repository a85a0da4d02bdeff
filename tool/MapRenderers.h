//===- MapRenderers.h - `onex-purity map`: the architecture as a picture --===//
//
// Three renderings of one ArchitectureMap: Mermaid (for Markdown pages),
// Graphviz DOT (for `dot -Tsvg`), and one self-contained HTML page with an
// inline SVG, a name filter and, on a click, the node's findings with
// their chains. No network fetch, no framework: a few lines of script.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_MAPRENDERERS_H
#define ONEX_TOOL_MAPRENDERERS_H

#include "checker/ArchitectureMap.h"
#include "llvm/Support/raw_ostream.h"

namespace onex::tool {

enum class MapFormat { Mermaid, Dot, Html };

/// Paths are shown relative to SourceRoot.
void renderMap(const ArchitectureMap &Map, MapFormat Format,
               llvm::StringRef SourceRoot, llvm::raw_ostream &OS);

} // namespace onex::tool

#endif // ONEX_TOOL_MAPRENDERERS_H
