//===- Nolint.cpp ---------------------------------------------------------===//

#include "checker/Nolint.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include <vector>

namespace onex {

namespace {

enum class DirectiveKind { ThisLine, NextLine, Begin, End };

struct Directive {
  DirectiveKind Kind = DirectiveKind::ThisLine;
  unsigned Line = 0; // 1-based line of the comment.
  unsigned Column = 0;
  bool HasList = false;
  std::string List; // Check globs, comma-separated.
  std::string Justification;
};

bool wildcardMatch(llvm::StringRef Pattern, llvm::StringRef Text) {
  if (Pattern.empty())
    return Text.empty();
  if (Pattern.front() == '*') {
    for (size_t I = 0; I <= Text.size(); ++I)
      if (wildcardMatch(Pattern.drop_front(), Text.drop_front(I)))
        return true;
    return false;
  }
  return !Text.empty() && Pattern.front() == Text.front() &&
         wildcardMatch(Pattern.drop_front(), Text.drop_front());
}

/// Parses the directives of one line. "NOLINT" must be followed by nothing
/// that continues an identifier, so "NOLINTED" is not a directive.
void parseLine(llvm::StringRef Text, unsigned Line,
               std::vector<Directive> &Out) {
  size_t Pos = 0;
  while ((Pos = Text.find("NOLINT", Pos)) != llvm::StringRef::npos) {
    size_t Start = Pos;
    llvm::StringRef Rest = Text.substr(Pos + 6);
    DirectiveKind Kind = DirectiveKind::ThisLine;
    for (auto [Suffix, K] : {std::pair{"NEXTLINE", DirectiveKind::NextLine},
                             std::pair{"BEGIN", DirectiveKind::Begin},
                             std::pair{"END", DirectiveKind::End}})
      if (Rest.consume_front(Suffix)) {
        Kind = K;
        break;
      }
    Pos = Text.size() - Rest.size();
    if (!Rest.empty() && (llvm::isAlnum(Rest.front()) || Rest.front() == '_'))
      continue;
    Directive D;
    D.Kind = Kind;
    D.Line = Line;
    D.Column = Start + 1;
    if (Rest.consume_front("(")) {
      size_t Close = Rest.find(')');
      if (Close == llvm::StringRef::npos)
        continue; // Malformed: clang-tidy ignores it too.
      D.HasList = true;
      D.List = Rest.take_front(Close).str();
      Rest = Rest.drop_front(Close + 1);
    }
    llvm::StringRef Why = Rest.ltrim(" \t:-");
    size_t Stop = Why.find("*/");
    D.Justification = Why.take_front(Stop).trim().str();
    Out.push_back(std::move(D));
    Pos = Text.size() - Rest.size();
  }
}

} // namespace

struct NolintIndex::FileDirectives {
  std::vector<Directive> All; // In source order.
};

bool nolintListMatches(llvm::StringRef List, llvm::StringRef Check) {
  llvm::SmallVector<llvm::StringRef, 4> Globs;
  List.split(Globs, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Glob : Globs)
    if (wildcardMatch(Glob.trim(), Check))
      return true;
  return false;
}

NolintIndex::NolintIndex() = default;
NolintIndex::~NolintIndex() = default;

const NolintIndex::FileDirectives &
NolintIndex::directivesFor(llvm::StringRef File) {
  auto [It, Inserted] = Files.try_emplace(File);
  if (!Inserted)
    return *It->second;
  It->second = std::make_unique<FileDirectives>();
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return *It->second;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  if (!Text.contains("NOLINT"))
    return *It->second;
  unsigned Line = 1;
  while (!Text.empty()) {
    auto [This, Rest] = Text.split('\n');
    parseLine(This, Line++, It->second->All);
    Text = Rest;
  }
  return *It->second;
}

std::optional<Suppression> NolintIndex::find(const Location &Where,
                                             llvm::StringRef Check) {
  if (Where.File.empty())
    return std::nullopt;
  const FileDirectives &Dirs = directivesFor(Where.File);
  auto Matches = [&](const Directive &D) {
    return !D.HasList || nolintListMatches(D.List, Check);
  };
  auto Waiver = [&](const Directive &D) {
    Location At;
    At.File = Where.File;
    At.Line = D.Line;
    At.Column = D.Column;
    return Suppression{Suppression::Nolint, D.Justification, At};
  };
  // Innermost open NOLINTBEGIN block first, then the line's own comments.
  std::vector<const Directive *> Open;
  for (const Directive &D : Dirs.All) {
    if (D.Line > Where.Line)
      break;
    if (D.Kind == DirectiveKind::Begin && Matches(D))
      Open.push_back(&D);
    else if (D.Kind == DirectiveKind::End && !Open.empty() && Matches(D))
      Open.pop_back();
  }
  for (const Directive &D : Dirs.All) {
    if ((D.Kind == DirectiveKind::ThisLine && D.Line == Where.Line) ||
        (D.Kind == DirectiveKind::NextLine && D.Line + 1 == Where.Line))
      if (Matches(D))
        return Waiver(D);
  }
  if (!Open.empty())
    return Waiver(*Open.back());
  return std::nullopt;
}

void NolintIndex::apply(std::vector<Finding> &Findings) {
  for (Finding &F : Findings)
    if (!F.Suppressed)
      F.Suppressed = find(F.Primary, F.checkName());
}

} // namespace onex
