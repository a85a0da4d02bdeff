//===- DocLinks.h - Documentation links that exist ------------------------===//
//
// clangd links every clang-tidy diagnostic to
// clang.llvm.org/extra/clang-tidy/checks/<module>/<check>.html, a page that
// does not exist for onex checks, and offers no hook to change it. So
// onex-clangd passes clangd's output through a filter that points each
// onex diagnostic's codeDescription at the installed docs page (a file://
// URI) or, without one, removes it. Everything else passes byte for byte.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CLANGD_DOCLINKS_H
#define ONEX_CLANGD_DOCLINKS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace onex::clangd {

/// Rewrites the links of onex diagnostics in one LSP message body (JSON)
/// to pages in DocsDir ("" or a missing page: no link). Returns the body
/// unchanged when it has no onex link to rewrite.
std::string rewriteDocLinks(llvm::StringRef Body, llvm::StringRef DocsDir);

/// Starts forwarding what the process writes to stdout, message by
/// message, through rewriteDocLinks. Call before clangd starts; call
/// finishDocLinkFilter after it returns (also registered with atexit).
void startDocLinkFilter(std::string DocsDir);
void finishDocLinkFilter();

} // namespace onex::clangd

#endif // ONEX_CLANGD_DOCLINKS_H
