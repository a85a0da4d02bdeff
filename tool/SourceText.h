//===- SourceText.h - Source lines for renderers --------------------------===//
//
// Findings carry file:line:column only (summaries outlive the AST).
// Renderers that show code (text snippets, SARIF regions, fingerprints)
// read the lines back from disk, each file once.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_SOURCETEXT_H
#define ONEX_TOOL_SOURCETEXT_H

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <vector>

namespace onex::tool {

class SourceText {
public:
  /// The text of a 1-based line without its newline; empty if unknown.
  llvm::StringRef line(llvm::StringRef File, unsigned Line);

  /// The column just past the token starting at Column (an identifier,
  /// possibly qualified, or one character), for regions and carets.
  unsigned tokenEnd(llvm::StringRef File, unsigned Line, unsigned Column);

private:
  struct FileLines {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<llvm::StringRef> Lines;
  };
  const FileLines &load(llvm::StringRef File);
  llvm::StringMap<FileLines> Files;
};

/// File relative to Root when it lies under it, else File unchanged.
std::string relativeTo(llvm::StringRef File, llvm::StringRef Root);

} // namespace onex::tool

#endif // ONEX_TOOL_SOURCETEXT_H
