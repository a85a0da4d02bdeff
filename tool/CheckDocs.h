//===- CheckDocs.h - The per-check documentation, compiled in -------------===//
//
// docs/checks/*.md are embedded at build time, so `--explain` and the SARIF
// rule help work wherever the binary is copied.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_CHECKDOCS_H
#define ONEX_TOOL_CHECKDOCS_H

#include "llvm/ADT/StringRef.h"

namespace onex::tool {

/// The Markdown page of Check, or "" if there is none.
llvm::StringRef checkDocumentation(llvm::StringRef Check);

/// The page's first paragraph, joined into one line.
std::string checkDescription(llvm::StringRef Check);

/// Markdown with its relative links (common-options.md, ../rule-packs.md)
/// made absolute against where the pages are published, so they work
/// wherever the text is shown (GitHub code scanning's rule help).
std::string withAbsoluteLinks(llvm::StringRef Markdown);

/// Where the page is published: <ONEX_PURITY_URL>/blob/main/docs/checks/...
std::string checkHelpUri(llvm::StringRef Check);

} // namespace onex::tool

#endif // ONEX_TOOL_CHECKDOCS_H
