//===- MapRenderers.cpp ---------------------------------------------------===//

#include "MapRenderers.h"
#include "MapLayout.h"
#include "SourceText.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include <algorithm>
#include <iterator>

namespace onex::tool {

namespace {

/// How each kind of node is named and drawn, by MapNode::KindType.
struct KindStyle {
  llvm::StringLiteral Name;  // In labels: "intent executor".
  llvm::StringLiteral Class; // CSS and Mermaid class: "executor".
  llvm::StringLiteral Fill;
  llvm::StringLiteral Mermaid; // The rest of its Mermaid classDef.
};
constexpr KindStyle KindStyles[] = {
    {"reducer", "reducer", "#e8f1fb", "stroke:#2f6db5"},
    {"effect", "effect", "#eaf6ec", "stroke:#2e8540"},
    {"intent executor", "executor", "#f3ecfa", "stroke:#7040a0"},
    {"unhandled", "unhandled", "#fdecea", "stroke:#c00,stroke-dasharray:4"},
};
static_assert(std::size(KindStyles) == MapNode::Unhandled + 1,
              "one style per node kind");

const KindStyle &styleOf(MapNode::KindType K) { return KindStyles[K]; }
llvm::StringRef kindName(MapNode::KindType K) { return styleOf(K).Name; }
llvm::StringRef kindClass(MapNode::KindType K) { return styleOf(K).Class; }

std::string place(const Location &L, llvm::StringRef Root) {
  if (L.File.empty())
    return "";
  return relativeTo(L.File, Root) + ":" + std::to_string(L.Line) + ":" +
         std::to_string(L.Column);
}

/// "check file:line:col" for each finding of a node, in order.
std::vector<std::string> findingLines(const ArchitectureMap &Map,
                                      const MapNode &N, llvm::StringRef Root) {
  std::vector<std::string> Lines;
  for (size_t I : N.Findings) {
    const Finding &F = Map.Findings[I];
    if (!F.Suppressed)
      Lines.push_back(F.checkName().str() + " " + place(F.Primary, Root));
  }
  return Lines;
}

/// Mermaid labels: quotes and angle brackets as its entity codes.
std::string mermaidText(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '"')
      Out += "#quot;";
    else if (C == '<')
      Out += "#lt;";
    else if (C == '>')
      Out += "#gt;";
    else
      Out += C;
  }
  return Out;
}

void renderMermaid(const ArchitectureMap &Map, llvm::StringRef Root,
                   llvm::raw_ostream &OS) {
  OS << "flowchart LR\n";
  for (size_t I = 0; I < Map.Nodes.size(); ++I) {
    const MapNode &N = Map.Nodes[I];
    std::string Label = mermaidText(N.Name) + "<br/>" + kindName(N.Kind).str();
    std::vector<std::string> Lines = findingLines(Map, N, Root);
    for (const std::string &L : Lines)
      Label += "<br/>⚠ " + mermaidText(L);
    OS << "  n" << I << "[\"" << Label
       << "\"]:::" << (Lines.empty() ? kindClass(N.Kind) : "violation") << "\n";
  }
  for (const MapEdge &E : Map.Edges)
    OS << "  n" << E.From << (E.Unhandled ? " -.->|\"" : " -->|\"")
       << mermaidText(E.Intent) << "\"| n" << E.To << "\n";
  for (size_t I = 0; I < Map.Edges.size(); ++I)
    if (Map.Edges[I].Unhandled)
      OS << "  linkStyle " << I << " stroke:#c00,stroke-width:2px\n";
  for (const KindStyle &K : KindStyles)
    OS << "  classDef " << K.Class << " fill:" << K.Fill << "," << K.Mermaid
       << "\n";
  OS << "  classDef violation fill:#fdecea,stroke:#c00,stroke-width:3px\n";
}

std::string dotText(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out;
}

void renderDot(const ArchitectureMap &Map, llvm::StringRef Root,
               llvm::raw_ostream &OS) {
  OS << "digraph onex_architecture {\n"
        "  rankdir=LR;\n"
        "  node [shape=box, style=\"rounded,filled\", fontname=\"sans\"];\n"
        "  edge [fontname=\"sans\", fontsize=10];\n";
  for (size_t I = 0; I < Map.Nodes.size(); ++I) {
    const MapNode &N = Map.Nodes[I];
    std::vector<std::string> Lines = findingLines(Map, N, Root);
    OS << "  n" << I << " [label=\"" << dotText(N.Name) << "\\n"
       << kindName(N.Kind);
    for (const std::string &L : Lines)
      OS << "\\n! " << dotText(L);
    OS << "\", fillcolor=\"" << styleOf(N.Kind).Fill << "\"";
    if (!Lines.empty() || N.Kind == MapNode::Unhandled)
      OS << ", color=\"#cc0000\", penwidth=" << (Lines.empty() ? 1 : 3);
    if (!N.Decl.File.empty())
      OS << ", tooltip=\"" << dotText(place(N.Decl, Root)) << "\"";
    OS << "];\n";
  }
  for (const MapEdge &E : Map.Edges) {
    OS << "  n" << E.From << " -> n" << E.To << " [label=\""
       << dotText(E.Intent) << "\", tooltip=\"" << dotText(place(E.Where, Root))
       << "\"";
    if (E.Unhandled)
      OS << ", color=\"#cc0000\", fontcolor=\"#cc0000\", style=dashed";
    OS << "];\n";
  }
  OS << "}\n";
}

/// The page's data: nodes with their findings (message, place, chain).
llvm::json::Value mapData(const ArchitectureMap &Map, llvm::StringRef Root) {
  llvm::json::Array Nodes;
  for (const MapNode &N : Map.Nodes) {
    llvm::json::Array Findings;
    for (size_t I : N.Findings) {
      const Finding &F = Map.Findings[I];
      llvm::json::Array Chain;
      for (const ChainStep &S : F.Chain)
        Chain.push_back(place(S.Site, Root) + ": " + Finding::noteFor(S));
      for (const auto &[Where, Text] : F.Notes)
        Chain.push_back(place(Where, Root) + ": " + Text);
      Findings.push_back(
          llvm::json::Object{{"check", F.checkName()},
                             {"message", F.message()},
                             {"at", place(F.Primary, Root)},
                             {"suppressed", F.Suppressed.has_value()},
                             {"notes", std::move(Chain)}});
    }
    Nodes.push_back(llvm::json::Object{{"name", N.Name},
                                       {"kind", kindName(N.Kind)},
                                       {"at", place(N.Decl, Root)},
                                       {"findings", std::move(Findings)}});
  }
  return llvm::json::Object{{"nodes", std::move(Nodes)}};
}

/// Text for HTML and SVG content and attributes.
std::string xml(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '&':
      Out += "&amp;";
      break;
    case '"':
      Out += "&quot;";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

/// Every edge on its own path, routed along its own label (MapLayout).
void renderEdges(const ArchitectureMap &Map, const MapLayout &Layout,
                 llvm::raw_ostream &OS) {
  for (size_t I = 0; I < Map.Edges.size(); ++I) {
    const MapEdge &E = Map.Edges[I];
    const PlacedEdge &P = Layout.Edges[I];
    OS << "<g class=\"edge" << (E.Unhandled ? " unhandled" : "")
       << "\" data-from=\"" << E.From << "\" data-to=\"" << E.To << "\">"
       << "<path d=\"" << P.Path << "\" marker-end=\"url(#arrow)\"/>"
       << "<text x=\"" << P.LabelX << "\" y=\"" << P.LabelY << "\"><title>"
       << xml(E.Intent) << "</title>" << xml(P.Label) << "</text></g>\n";
  }
}

void renderSvg(const ArchitectureMap &Map, llvm::raw_ostream &OS) {
  using G = MapGeometry;
  MapLayout Layout = layoutMap(Map);
  OS << "<svg id=\"map\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
     << Layout.Width << "\" height=\"" << Layout.Height << "\" viewBox=\"0 0 "
     << Layout.Width << " " << Layout.Height << "\">\n"
     << "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" "
        "refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
        "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"/>"
        "</marker></defs>\n";
  renderEdges(Map, Layout, OS);
  for (size_t I = 0; I < Map.Nodes.size(); ++I) {
    const MapNode &N = Map.Nodes[I];
    const PlacedNode &P = Layout.Nodes[I];
    unsigned Open = llvm::count_if(
        N.Findings, [&](size_t F) { return !Map.Findings[F].Suppressed; });
    OS << "<g class=\"node " << kindClass(N.Kind) << (Open ? " violation" : "")
       << "\" data-node=\"" << I << "\" tabindex=\"0\"><title>" << xml(N.Name)
       << "</title><rect x=\"" << P.X << "\" y=\"" << P.Y << "\" width=\""
       << G::BoxWidth << "\" height=\"" << G::BoxHeight
       << "\" rx=\"8\"/><text x=\"" << P.X + 10 << "\" y=\"" << P.Y + 19
       << "\" class=\"name\">" << xml(P.Name) << "</text><text x=\"" << P.X + 10
       << "\" y=\"" << P.Y + 36 << "\" class=\"kind\">" << kindName(N.Kind)
       << "</text>";
    if (Open)
      OS << "<circle cx=\"" << P.X + G::BoxWidth << "\" cy=\"" << P.Y
         << "\" r=\"11\" class=\"badge\"/><text x=\"" << P.X + G::BoxWidth
         << "\" y=\"" << P.Y + 4 << "\" text-anchor=\"middle\" class=\"count\">"
         << Open << "</text>";
    OS << "</g>\n";
  }
  OS << "</svg>\n";
}

constexpr const char *PageStyle = R"(
body { font: 14px sans-serif; margin: 0; display: flex; }
#side { width: 360px; padding: 12px; border-right: 1px solid #ccc;
        height: 100vh; overflow: auto; box-sizing: border-box; }
#canvas { flex: 1; overflow: auto; }
#filter { width: 100%; box-sizing: border-box; padding: 4px; }
.node rect { fill: #eef; stroke: #557; stroke-width: 1.5; cursor: pointer; }
.node.reducer rect { fill: #e8f1fb; stroke: #2f6db5; }
.node.executor rect { fill: #f3ecfa; stroke: #7040a0; }
.node.effect rect { fill: #eaf6ec; stroke: #2e8540; }
.node.unhandled rect { fill: #fdecea; stroke: #c00; stroke-dasharray: 4; }
.node.violation rect { stroke: #c00; stroke-width: 3; }
.node .name { font-weight: bold; font-size: 12px; }
.node .kind { font-size: 11px; fill: #555; }
.badge { fill: #c00; }
.count { fill: #fff; font-size: 11px; font-weight: bold; }
.edge path { fill: none; stroke: #777; stroke-width: 1.5; }
.edge text { font-size: 10px; fill: #444; paint-order: stroke;
             stroke: #fff; stroke-width: 3px; }
.edge.unhandled path { stroke: #c00; stroke-dasharray: 5 3; }
.edge.unhandled text { fill: #c00; }
.hidden { display: none; }
.finding { margin: 8px 0; padding: 6px; border-left: 3px solid #c00; }
.finding.suppressed { border-color: #aaa; color: #666; }
.finding code { font-size: 12px; }
.notes { margin: 4px 0 0 12px; padding: 0; font-size: 12px; }
)";

constexpr const char *PageScript = R"(
const data = JSON.parse(document.getElementById('onex-map-data').textContent);
const details = document.getElementById('details');
function show(i) {
  const n = data.nodes[i];
  details.replaceChildren();
  const h = document.createElement('h3');
  h.textContent = n.name;
  details.append(h);
  const k = document.createElement('div');
  k.textContent = n.kind + (n.at ? ' at ' + n.at : '');
  details.append(k);
  if (!n.findings.length) {
    const p = document.createElement('p');
    p.textContent = 'No findings.';
    details.append(p);
  }
  for (const f of n.findings) {
    const d = document.createElement('div');
    d.className = 'finding' + (f.suppressed ? ' suppressed' : '');
    const c = document.createElement('code');
    c.textContent = f.at + ' [' + f.check + ']' +
                    (f.suppressed ? ' (suppressed)' : '');
    d.append(c, document.createElement('br'), f.message);
    const ul = document.createElement('ul');
    ul.className = 'notes';
    for (const note of f.notes) {
      const li = document.createElement('li');
      li.textContent = note;
      ul.append(li);
    }
    d.append(ul);
    details.append(d);
  }
}
for (const g of document.querySelectorAll('.node')) {
  g.addEventListener('click', () => show(+g.dataset.node));
  g.addEventListener('keydown', e => { if (e.key === 'Enter') show(+g.dataset.node); });
}
document.getElementById('filter').addEventListener('input', e => {
  const q = e.target.value.toLowerCase();
  const shown = data.nodes.map(n => !q || n.name.toLowerCase().includes(q));
  for (const g of document.querySelectorAll('.node'))
    g.classList.toggle('hidden', !shown[+g.dataset.node]);
  for (const g of document.querySelectorAll('.edge'))
    g.classList.toggle('hidden', !shown[+g.dataset.from] || !shown[+g.dataset.to]);
});
// The layout's self-check, for the browser test: no two texts of the map
// (edge labels, node names, kinds, badges) overlap.
const boxes = [...document.querySelectorAll('#map text')].map(t => t.getBBox());
boxes.sort((a, b) => a.x - b.x);
let overlaps = 0;
for (let i = 0; i < boxes.length; ++i)
  for (let j = i + 1; j < boxes.length &&
       boxes[j].x < boxes[i].x + boxes[i].width - 0.5; ++j)
    if (boxes[i].y < boxes[j].y + boxes[j].height - 0.5 &&
        boxes[j].y < boxes[i].y + boxes[i].height - 0.5)
      ++overlaps;
document.getElementById('overlaps').textContent =
  boxes.length + ' texts, ' + overlaps + ' overlapping';
document.getElementById('count').textContent =
  data.nodes.length + ' nodes, ' +
  data.nodes.reduce((s, n) => s + n.findings.filter(f => !f.suppressed).length, 0) +
  ' findings';
)";

void renderHtml(const ArchitectureMap &Map, llvm::StringRef Root,
                llvm::raw_ostream &OS) {
  std::string Data;
  llvm::raw_string_ostream(Data) << mapData(Map, Root);
  // Inside <script>, "</" would end it.
  std::string Safe;
  for (size_t I = 0; I < Data.size(); ++I) {
    Safe += Data[I];
    if (Data[I] == '<' && I + 1 < Data.size() && Data[I + 1] == '/')
      Safe += "\\";
  }
  OS << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>onex-purity architecture map</title><style>"
     << PageStyle << "</style></head><body>\n"
     << "<div id=\"side\"><h2>Architecture map</h2><div id=\"count\"></div>"
        "<p><input id=\"filter\" type=\"search\" placeholder=\"Filter nodes "
        "by name\" aria-label=\"Filter nodes by name\"></p>"
        "<div id=\"details\"><p>Click a node to list its findings.</p></div>"
        "<p id=\"overlaps\" class=\"hidden\"></p>"
        "</div>\n<div id=\"canvas\">\n";
  renderSvg(Map, OS);
  OS << "</div>\n<script type=\"application/json\" id=\"onex-map-data\">"
     << Safe << "</script>\n<script>" << PageScript
     << "</script>\n</body></html>\n";
}

} // namespace

void renderMap(const ArchitectureMap &Map, MapFormat Format,
               llvm::StringRef SourceRoot, llvm::raw_ostream &OS) {
  switch (Format) {
  case MapFormat::Mermaid:
    return renderMermaid(Map, SourceRoot, OS);
  case MapFormat::Dot:
    return renderDot(Map, SourceRoot, OS);
  case MapFormat::Html:
    return renderHtml(Map, SourceRoot, OS);
  }
  llvm_unreachable("unknown map format");
}

} // namespace onex::tool
