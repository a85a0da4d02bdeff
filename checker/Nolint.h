//===- Nolint.h - NOLINT comments, with clang-tidy's semantics ------------===//
//
// clang-tidy honours NOLINT itself, but only for what it reports at a place
// in its own unit. The standalone gate (which reports from summaries) and
// findings that come from a summary index need the same waivers, so the
// engine records them where it records locations: each operation and call
// site carries the NOLINT comments that cover it.
//
// The rules are clang-tidy's (NoLintDirectiveHandler):
//  - NOLINT, NOLINTNEXTLINE, NOLINTBEGIN, NOLINTEND: "NOLINT" followed by
//    letters that make one of these words ("NOLINTED" is none);
//  - an optional check list in parentheses that closes on the same line,
//    comma-separated globs (clang-tidy's GlobList, negative globs ignored);
//    without one (or without the closing parenthesis) every check;
//  - NOLINT covers its line, NOLINTNEXTLINE the next one, a NOLINTBEGIN /
//    NOLINTEND pair with the same check list everything between them;
//    blocks nest, an END closes the innermost BEGIN only if their lists
//    match, and unmatched ones are ignored;
//  - a location in a macro expansion is covered if its spelling, or any
//    expansion point up the chain, is.
// Text after the directive is the justification ("// NOLINT(onex-*): ok").
//
// Files are read through the SourceManager's loaded buffers only: nothing
// is opened.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_NOLINT_H
#define ONEX_CHECKER_NOLINT_H

#include "checker/Summary.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <vector>

namespace onex {

class NolintIndex {
public:
  explicit NolintIndex(const clang::SourceManager &SM);
  ~NolintIndex();

  /// The NOLINT comments covering Loc, each with the catalogue checks it
  /// silences; empty when none does.
  std::vector<Waiver> waiversAt(clang::SourceLocation Loc);

  struct FileDirectives;

private:
  const FileDirectives &directivesFor(clang::FileID File);
  void collect(clang::FileID File, unsigned Offset, std::vector<Waiver> &Out);

  const clang::SourceManager &SM;
  llvm::DenseMap<clang::FileID, std::unique_ptr<FileDirectives>> Files;
};

} // namespace onex

#endif // ONEX_CHECKER_NOLINT_H
