//===- Nolint.cpp ---------------------------------------------------------===//

#include "checker/Nolint.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/StringExtras.h"
#include <optional>

namespace onex {

namespace {

enum class DirectiveKind { ThisLine, NextLine, Begin, End };

struct Directive {
  DirectiveKind Kind = DirectiveKind::ThisLine;
  size_t Pos = 0;                    // Offset of the "N" of "NOLINT".
  std::optional<std::string> Checks; // As written, spaces around items cut.
  uint32_t Mask = 0;                 // The catalogue checks it silences.
  std::string Justification;
};

std::optional<DirectiveKind> kindOf(llvm::StringRef Word) {
  if (Word == "NOLINT")
    return DirectiveKind::ThisLine;
  if (Word == "NOLINTNEXTLINE")
    return DirectiveKind::NextLine;
  if (Word == "NOLINTBEGIN")
    return DirectiveKind::Begin;
  if (Word == "NOLINTEND")
    return DirectiveKind::End;
  return std::nullopt;
}

/// "a, b " -> "a,b": clang-tidy compares block lists in this form.
std::string normalizedList(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef, 4> Items;
  List.split(Items, ',');
  for (llvm::StringRef &Item : Items)
    Item = Item.trim();
  return llvm::join(Items, ",");
}

uint32_t maskOf(const std::optional<llvm::StringRef> &Checks) {
  clang::tidy::CachedGlobList Globs(Checks.value_or("*"),
                                    /*KeepNegativeGlobs=*/false);
  uint32_t Mask = 0;
  llvm::ArrayRef<CheckInfo> Catalogue = checkCatalogue();
  static_assert(size_t(Category::Unset) <= 32, "one bit per check");
  for (size_t I = 0; I < Catalogue.size(); ++I)
    if (Globs.contains(Catalogue[I].Name))
      Mask |= 1u << I;
  return Mask;
}

std::string justificationAfter(llvm::StringRef Buffer, size_t Pos) {
  llvm::StringRef Rest = Buffer.substr(Pos);
  Rest = Rest.take_until([](char C) { return C == '\n'; });
  Rest = Rest.take_front(Rest.find("*/"));
  return Rest.ltrim(" \t:-").rtrim().str();
}

/// Every directive of Buffer, in order (clang-tidy's getNoLints).
std::vector<Directive> parseDirectives(llvm::StringRef Buffer) {
  static constexpr llvm::StringLiteral Word = "NOLINT";
  std::vector<Directive> Result;
  size_t Pos = 0;
  while ((Pos = Buffer.find(Word, Pos)) != llvm::StringRef::npos) {
    size_t Start = Pos;
    Pos += Word.size();
    while (Pos < Buffer.size() && llvm::isAlpha(Buffer[Pos]))
      ++Pos;
    std::optional<DirectiveKind> Kind = kindOf(Buffer.slice(Start, Pos));
    if (!Kind)
      continue;
    Directive D;
    D.Kind = *Kind;
    D.Pos = Start;
    std::optional<llvm::StringRef> Checks;
    if (Pos < Buffer.size() && Buffer[Pos] == '(') {
      size_t Close = Buffer.find_first_of("\n)", Pos + 1);
      if (Close != llvm::StringRef::npos && Buffer[Close] == ')') {
        Checks = Buffer.slice(Pos + 1, Close);
        Pos = Close + 1;
      }
    }
    if (Checks)
      D.Checks = normalizedList(*Checks);
    D.Mask = maskOf(Checks);
    D.Justification = justificationAfter(Buffer, Pos);
    Result.push_back(std::move(D));
  }
  return Result;
}

struct Block {
  size_t Begin, End; // Offsets of the two directives.
  const Directive *Opening;
};

/// Pairs BEGINs with ENDs as clang-tidy does: an END closes the innermost
/// open block if their check lists are equal, and is ignored otherwise.
std::vector<Block> formBlocks(const std::vector<Directive> &All) {
  std::vector<Block> Blocks;
  std::vector<const Directive *> Open;
  for (const Directive &D : All) {
    if (D.Kind == DirectiveKind::Begin)
      Open.push_back(&D);
    else if (D.Kind == DirectiveKind::End && !Open.empty() &&
             Open.back()->Checks == D.Checks) {
      Blocks.push_back({Open.back()->Pos, D.Pos, Open.back()});
      Open.pop_back();
    }
  }
  return Blocks;
}

} // namespace

struct NolintIndex::FileDirectives {
  llvm::StringRef Buffer;
  std::vector<Directive> All; // In source order.
  std::vector<Block> Blocks;
};

NolintIndex::NolintIndex(const clang::SourceManager &SM) : SM(SM) {}
NolintIndex::~NolintIndex() = default;

const NolintIndex::FileDirectives &
NolintIndex::directivesFor(clang::FileID File) {
  auto [It, Inserted] = Files.try_emplace(File);
  if (!Inserted)
    return *It->second;
  It->second = std::make_unique<FileDirectives>();
  FileDirectives &D = *It->second;
  // Only what the parse already loaded: no file is read here.
  std::optional<llvm::StringRef> Buffer = SM.getBufferDataIfLoaded(File);
  if (!Buffer || !Buffer->contains("NOLINT"))
    return D;
  D.Buffer = *Buffer;
  D.All = parseDirectives(*Buffer);
  D.Blocks = formBlocks(D.All);
  return D;
}

void NolintIndex::collect(clang::FileID File, unsigned Offset,
                          std::vector<Waiver> &Out) {
  const FileDirectives &D = directivesFor(File);
  if (D.All.empty())
    return;
  size_t LineStart = D.Buffer.find_last_of('\n', Offset) + 1;
  size_t LineEnd = std::min(D.Buffer.find('\n', Offset), D.Buffer.size());
  size_t PrevStart =
      LineStart ? D.Buffer.find_last_of('\n', LineStart - 1) + 1 : LineStart;
  auto Add = [&](const Directive &Dir) {
    if (!Dir.Mask)
      return;
    Waiver W;
    W.Checks = Dir.Mask;
    W.Justification = Dir.Justification;
    W.File = SM.getFilename(SM.getComposedLoc(File, Dir.Pos)).str();
    W.Line = SM.getLineNumber(File, Dir.Pos);
    W.Column = SM.getColumnNumber(File, Dir.Pos);
    Out.push_back(std::move(W));
  };
  for (const Directive &Dir : D.All) {
    bool OnThisLine = Dir.Pos >= LineStart && Dir.Pos < LineEnd;
    bool OnLineAbove = LineStart && Dir.Pos >= PrevStart && Dir.Pos < LineStart;
    if ((Dir.Kind == DirectiveKind::ThisLine && OnThisLine) ||
        (Dir.Kind == DirectiveKind::NextLine && OnLineAbove))
      Add(Dir);
  }
  for (const Block &B : D.Blocks)
    if (B.Begin < Offset && Offset < B.End)
      Add(*B.Opening);
}

std::vector<Waiver> NolintIndex::waiversAt(clang::SourceLocation Loc) {
  std::vector<Waiver> Result;
  while (Loc.isValid()) {
    auto [File, Offset] = SM.getDecomposedSpellingLoc(Loc);
    collect(File, Offset, Result);
    if (!Loc.isMacroID())
      break;
    Loc = SM.getImmediateExpansionRange(Loc).getBegin();
  }
  return Result;
}

} // namespace onex
