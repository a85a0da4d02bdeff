//===- Nolint.h - NOLINT comments, for front ends that are not clang-tidy -===//
//
// clang-tidy honours NOLINT itself; the standalone tool reads the same
// comments so one waiver works in every front end. Supported, as in
// clang-tidy: NOLINT and NOLINTNEXTLINE, each optionally with a list of
// check globs in parentheses, and NOLINTBEGIN/NOLINTEND blocks. Text after
// the directive is the justification ("// NOLINT(onex-purity-io): audited").
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_NOLINT_H
#define ONEX_CHECKER_NOLINT_H

#include "checker/Finding.h"
#include "llvm/ADT/StringMap.h"
#include <memory>
#include <optional>

namespace onex {

class NolintIndex {
public:
  NolintIndex();
  ~NolintIndex();

  /// The NOLINT waiver covering Check at Where, if any. Files are read on
  /// first use; an unreadable file has no waivers.
  std::optional<Suppression> find(const Location &Where, llvm::StringRef Check);

  /// Attaches NOLINT waivers to findings that have no suppression yet.
  void apply(std::vector<Finding> &Findings);

  struct FileDirectives;

private:
  const FileDirectives &directivesFor(llvm::StringRef File);
  llvm::StringMap<std::unique_ptr<FileDirectives>> Files;
};

/// Whether Check matches a NOLINT check list such as "onex-*,bugprone-foo"
/// (an empty list matches every check).
bool nolintListMatches(llvm::StringRef List, llvm::StringRef Check);

} // namespace onex

#endif // ONEX_CHECKER_NOLINT_H
