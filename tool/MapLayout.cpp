//===- MapLayout.cpp ------------------------------------------------------===//

#include "MapLayout.h"
#include "checker/StableSort.h"
#include "llvm/Support/ConvertUTF.h"
#include <algorithm>
#include <map>
#include <tuple>

namespace onex::tool {

namespace {

using G = MapGeometry;

/// The column of a kind: reducers, executors, effects, the sink.
unsigned layerOf(MapNode::KindType K) {
  switch (K) {
  case MapNode::Reducer:
    return 0;
  case MapNode::Executor:
    return 1;
  case MapNode::Effect:
    return 2;
  case MapNode::Unhandled:
    return 3;
  }
  llvm_unreachable("unknown node kind");
}

/// Characters, not bytes: "…" is one.
size_t width(llvm::StringRef S) {
  return llvm::count_if(S, [](char C) { return (C & 0xC0) != 0x80; });
}

/// Drops whole UTF-8 characters from the front until Max remain.
std::string keepTail(llvm::StringRef S, size_t Max) {
  while (width(S) > Max) {
    S = S.drop_front();
    while (!S.empty() && (S.front() & 0xC0) == 0x80)
      S = S.drop_front();
  }
  return S.str();
}

/// Orders each layer by the mean position of its neighbours in the layers
/// swept before (down, then up), a few times.
void reduceCrossings(const ArchitectureMap &Map,
                     std::vector<std::vector<size_t>> &Layers,
                     llvm::ArrayRef<unsigned> LayerOf) {
  std::vector<std::vector<size_t>> Neighbours(Map.Nodes.size());
  for (const MapEdge &E : Map.Edges)
    if (E.From != E.To) {
      Neighbours[E.From].push_back(E.To);
      Neighbours[E.To].push_back(E.From);
    }
  std::vector<double> Position(Map.Nodes.size());
  auto Index = [&] {
    for (const auto &Layer : Layers)
      for (size_t I = 0; I < Layer.size(); ++I)
        Position[Layer[I]] = double(I);
  };
  Index();
  auto Sweep = [&](size_t L, bool FromBefore) {
    std::vector<double> Key(Map.Nodes.size());
    for (size_t N : Layers[L]) {
      double Sum = 0;
      unsigned Count = 0;
      for (size_t M : Neighbours[N])
        if (FromBefore ? LayerOf[M] < L : LayerOf[M] > L) {
          Sum += Position[M];
          ++Count;
        }
      Key[N] = Count ? Sum / Count : Position[N];
    }
    stableSort(Layers[L], [&](size_t A, size_t B) { return Key[A] < Key[B]; });
    Index();
  };
  constexpr unsigned Rounds = 4;
  for (unsigned R = 0; R < Rounds; ++R) {
    for (size_t L = 1; L < Layers.size(); ++L)
      Sweep(L, /*FromBefore=*/true);
    for (size_t L = Layers.size() - 1; L-- > 0;)
      Sweep(L, /*FromBefore=*/false);
  }
}

} // namespace

std::string shortenName(llvm::StringRef Name, size_t Max) {
  if (width(Name) <= Max)
    return Name.str();
  // Outermost template arguments collapse first.
  std::string Collapsed;
  unsigned Depth = 0;
  for (char C : Name) {
    if (C == '<' && Depth++ == 0)
      Collapsed += "<…>";
    else if (C == '>' && Depth > 0)
      --Depth;
    else if (Depth == 0)
      Collapsed += C;
  }
  if (width(Collapsed) <= Max)
    return Collapsed;
  // Then leading scopes: "…::NodeStage10Reducer".
  llvm::StringRef Rest = Collapsed;
  while (width(Rest) + 3 > Max) {
    size_t Scope = Rest.find("::");
    if (Scope == llvm::StringRef::npos)
      break;
    Rest = Rest.drop_front(Scope + 2);
  }
  if (Rest.size() != Collapsed.size() && width(Rest) + 3 <= Max)
    return "…::" + Rest.str();
  return "…" + keepTail(Collapsed, Max - 1);
}

MapLayout layoutMap(const ArchitectureMap &Map) {
  MapLayout Out;
  Out.Nodes.resize(Map.Nodes.size());
  Out.Edges.resize(Map.Edges.size());

  // Columns that have nodes, left to right.
  std::vector<unsigned> LayerOf(Map.Nodes.size());
  std::map<unsigned, std::vector<size_t>> ByKind;
  for (size_t I = 0; I < Map.Nodes.size(); ++I)
    ByKind[layerOf(Map.Nodes[I].Kind)].push_back(I);
  std::vector<std::vector<size_t>> Layers;
  for (auto &[Kind, Nodes] : ByKind) {
    for (size_t N : Nodes)
      LayerOf[N] = Layers.size();
    Layers.push_back(std::move(Nodes));
  }
  reduceCrossings(Map, Layers, LayerOf);

  const unsigned Column = G::BoxWidth + G::GapWidth;
  const size_t NameChars = (G::BoxWidth - 20) / G::NameCharWidth;
  unsigned Bottom = G::Margin;
  for (size_t L = 0; L < Layers.size(); ++L)
    for (size_t R = 0; R < Layers[L].size(); ++R) {
      PlacedNode &P = Out.Nodes[Layers[L][R]];
      P.X = G::Margin + unsigned(L) * Column;
      P.Y = G::Margin + unsigned(R) * G::RowHeight;
      P.Name = shortenName(Map.Nodes[Layers[L][R]].Name, NameChars);
      Bottom = std::max(Bottom, P.Y + G::BoxHeight);
    }

  // Labels: in the gap right of the leftmost end's column, wanting the
  // height where the edge would cross the gap, packed downwards.
  const size_t LabelChars = (G::GapWidth - 40) / G::LabelCharWidth;
  std::vector<std::vector<std::pair<double, size_t>>> Gaps(
      std::max<size_t>(Layers.size(), 1));
  for (size_t I = 0; I < Map.Edges.size(); ++I) {
    const MapEdge &E = Map.Edges[I];
    unsigned LF = LayerOf[E.From], LT = LayerOf[E.To];
    unsigned Gap = std::min(LF, LT); // Within a column: the gap right of it.
    double YF = Out.Nodes[E.From].Y + G::BoxHeight / 2.0,
           YT = Out.Nodes[E.To].Y + G::BoxHeight / 2.0;
    unsigned Span = LF == LT ? 1 : (LF > LT ? LF - LT : LT - LF);
    double Start = LF <= LT ? YF : YT, End = LF <= LT ? YT : YF;
    Gaps[Gap].push_back({Start + (End - Start) / (2.0 * Span), I});
  }
  for (size_t Gap = 0; Gap < Gaps.size(); ++Gap) {
    auto &Labels = Gaps[Gap];
    stableSort(Labels, [](const auto &A, const auto &B) {
      return std::tie(A.first, A.second) < std::tie(B.first, B.second);
    });
    double Next = 0;
    const unsigned X = G::Margin + unsigned(Gap) * Column + G::BoxWidth + 20;
    for (auto &[Want, Edge] : Labels) {
      double Y = std::max(Want, Next);
      Next = Y + G::LabelHeight;
      PlacedEdge &P = Out.Edges[Edge];
      P.Label = shortenName(Map.Edges[Edge].Label, LabelChars);
      P.LabelX = X;
      P.LabelY = unsigned(Y);
      P.LabelWidth = unsigned(width(P.Label)) * G::LabelCharWidth;
      Bottom = std::max(Bottom, P.LabelY + G::LabelHeight);
    }
  }

  // Each edge: out of its source, along under its label, into its target.
  for (size_t I = 0; I < Map.Edges.size(); ++I) {
    const MapEdge &E = Map.Edges[I];
    const PlacedNode &A = Out.Nodes[E.From], &B = Out.Nodes[E.To];
    PlacedEdge &P = Out.Edges[I];
    bool Forward = LayerOf[E.From] <= LayerOf[E.To];
    unsigned X1 = Forward ? A.X + G::BoxWidth : A.X,
             Y1 = A.Y + G::BoxHeight / 2;
    unsigned X2 = Forward ? B.X : B.X + G::BoxWidth,
             Y2 = B.Y + G::BoxHeight / 2;
    if (E.From != E.To && LayerOf[E.From] == LayerOf[E.To]) {
      X1 = A.X + G::BoxWidth; // Out to the right and back.
      X2 = B.X + G::BoxWidth;
    }
    unsigned LY = P.LabelY + 4, LX1 = P.LabelX - 6,
             LX2 = P.LabelX + P.LabelWidth + 6;
    unsigned In = Forward ? LX1 : LX2, Out2 = Forward ? LX2 : LX1;
    auto Mid = [](unsigned A, unsigned B) { return (A + B) / 2; };
    P.Path = "M " + std::to_string(X1) + " " + std::to_string(Y1) + " C " +
             std::to_string(Mid(X1, In)) + " " + std::to_string(Y1) + ", " +
             std::to_string(Mid(X1, In)) + " " + std::to_string(LY) + ", " +
             std::to_string(In) + " " + std::to_string(LY) + " L " +
             std::to_string(Out2) + " " + std::to_string(LY) + " C " +
             std::to_string(Mid(Out2, X2)) + " " + std::to_string(LY) + ", " +
             std::to_string(Mid(Out2, X2)) + " " + std::to_string(Y2) + ", " +
             std::to_string(X2) + " " + std::to_string(Y2);
  }
  // The last column's gap is drawn only when edges within it use it.
  bool LastGapUsed = !Layers.empty() && !Gaps[Layers.size() - 1].empty();
  Out.Width = 2 * G::Margin +
              unsigned(std::max<size_t>(Layers.size(), 1)) * Column -
              (LastGapUsed ? 0 : G::GapWidth) + 20;
  Out.Height = Bottom + G::Margin;
  return Out;
}

} // namespace onex::tool
