//===- TextRenderer.cpp - clang-style diagnostics -------------------------===//

#include "Renderers.h"

namespace onex::tool {

namespace {

class TextWriter {
public:
  TextWriter(const Report &R, SourceText &Sources, llvm::raw_ostream &OS,
             const TextStyle &Style)
      : R(R), Sources(Sources), OS(OS), Color(Style.Color),
        LineNumbers(Style.LineNumbers) {}

  void finding(const Finding &F) {
    diagnostic(F.Primary, "warning: ", llvm::raw_ostream::MAGENTA,
               F.message() + " [" + F.checkName().str() + "]");
    for (const ChainStep &Step : F.Chain)
      diagnostic(Step.Site, "note: ", llvm::raw_ostream::BLACK,
                 Finding::noteFor(Step));
    for (const auto &[Where, Text] : F.Notes)
      diagnostic(Where, "note: ", llvm::raw_ostream::BLACK, Text);
  }

private:
  void diagnostic(const Location &L, llvm::StringRef Kind,
                  llvm::raw_ostream::Colors KindColor,
                  const std::string &Message) {
    if (Color)
      OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
    OS << relativeTo(L.File, R.SourceRoot) << ":" << L.Line << ":" << L.Column
       << ": ";
    if (Color)
      OS.changeColor(KindColor, /*Bold=*/true);
    OS << Kind;
    if (Color)
      OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
    OS << Message << "\n";
    if (Color)
      OS.resetColor();
    snippet(L);
  }

  void snippet(const Location &L) {
    llvm::StringRef Line = Sources.line(L.File, L.Line);
    if (Line.empty() || L.Column == 0 || L.Column > Line.size() + 1)
      return;
    gutter(L.Line, /*ShowNumber=*/true);
    OS << Line << "\n";
    gutter(L.Line, /*ShowNumber=*/false);
    std::string Caret;
    for (unsigned I = 0; I + 1 < L.Column; ++I)
      Caret += Line[I] == '\t' ? '\t' : ' ';
    Caret += '^';
    unsigned End = Sources.tokenEnd(L.File, L.Line, L.Column);
    for (unsigned C = L.Column + 1; C < End; ++C)
      Caret += '~';
    if (Color)
      OS.changeColor(llvm::raw_ostream::GREEN, /*Bold=*/true);
    OS << Caret;
    if (Color)
      OS.resetColor();
    OS << "\n";
  }

  /// Clang's line-number column: the number right-aligned in at least
  /// four places, then a bar; the caret line leaves the number out.
  void gutter(unsigned Line, bool ShowNumber) {
    if (!LineNumbers)
      return;
    std::string Number = std::to_string(Line);
    constexpr size_t MinWidth = 4;
    size_t Width = std::max(MinWidth, Number.size());
    if (!ShowNumber)
      Number.clear();
    OS.indent(Width - Number.size() + 1) << Number << " | ";
  }

  const Report &R;
  SourceText &Sources;
  llvm::raw_ostream &OS;
  bool Color;
  bool LineNumbers;
};

} // namespace

void renderText(const Report &R, SourceText &Sources, llvm::raw_ostream &OS,
                const TextStyle &Style) {
  TextWriter Writer(R, Sources, OS, Style);
  for (const Finding &F : R.Findings)
    if (!F.Suppressed)
      Writer.finding(F);
}

} // namespace onex::tool
