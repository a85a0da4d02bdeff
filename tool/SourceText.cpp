//===- SourceText.cpp -----------------------------------------------------===//

#include "SourceText.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

namespace onex::tool {

const SourceText::FileLines &SourceText::load(llvm::StringRef File) {
  auto [It, Inserted] = Files.try_emplace(File);
  if (!Inserted)
    return It->second;
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return It->second;
  It->second.Buffer = std::move(*Buffer);
  llvm::StringRef Text = It->second.Buffer->getBuffer();
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    It->second.Lines.push_back(Line.rtrim('\r'));
    Text = Rest;
  }
  return It->second;
}

llvm::StringRef SourceText::line(llvm::StringRef File, unsigned Line) {
  const FileLines &F = load(File);
  if (Line == 0 || Line > F.Lines.size())
    return "";
  return F.Lines[Line - 1];
}

unsigned SourceText::tokenEnd(llvm::StringRef File, unsigned Line,
                              unsigned Column) {
  llvm::StringRef Text = line(File, Line);
  if (Column == 0 || Column > Text.size())
    return Column + 1;
  size_t End = Column - 1;
  auto IsIdent = [](char C) { return llvm::isAlnum(C) || C == '_'; };
  while (End < Text.size() &&
         (IsIdent(Text[End]) ||
          (Text.substr(End).starts_with("::") && End + 2 < Text.size() &&
           IsIdent(Text[End + 2])))) {
    End += Text.substr(End).starts_with("::") ? 2 : 1;
  }
  if (End == Column - 1)
    ++End; // Not an identifier: one character.
  return End + 1;
}

std::string relativeTo(llvm::StringRef File, llvm::StringRef Root) {
  if (Root.empty() || !File.starts_with(Root))
    return File.str();
  llvm::StringRef Rest = File.drop_front(Root.size());
  if (Rest.empty() || !llvm::sys::path::is_separator(Rest.front()))
    return File.str();
  return Rest.drop_front().str();
}

} // namespace onex::tool
