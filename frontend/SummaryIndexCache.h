//===- SummaryIndexCache.h - The SummaryIndex option, loaded and kept -----===//
//
// clang-tidy and clangd see one translation unit. With the SummaryIndex
// option they also read what `onex-purity` learnt about the whole program:
// a file written by `onex-purity link --emit-index`, or the summaries in an
// `onex-purity --cache` directory. The engine takes the merged program as
// an input (analyzeTranslationUnit's Index); this front-end object loads it
// and keeps it while it is unchanged.
//
// Freshness: an index file is re-checked (one stat) on every request. A
// cache directory is walked again only when the last walk is older than the
// refresh interval, so an editor that re-analyses on every keystroke does
// not walk a large directory each time.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_FRONTEND_SUMMARYINDEXCACHE_H
#define ONEX_FRONTEND_SUMMARYINDEXCACHE_H

#include "checker/Summary.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <chrono>
#include <memory>
#include <mutex>

namespace onex {

class SummaryIndexCache {
public:
  explicit SummaryIndexCache(
      std::chrono::milliseconds DirectoryRefresh = std::chrono::seconds(5))
      : DirectoryRefresh(DirectoryRefresh) {}

  /// The merged index at Path (absolute: a file or a cache directory).
  /// Errors name the path and the problem.
  llvm::Expected<std::shared_ptr<const ProgramSummary>>
  get(llvm::StringRef Path);

private:
  struct Entry {
    std::string Stamp;
    std::chrono::steady_clock::time_point Checked;
    std::shared_ptr<const ProgramSummary> Index;
  };

  std::chrono::milliseconds DirectoryRefresh;
  std::mutex Mutex;
  llvm::StringMap<Entry> Entries;
};

} // namespace onex

#endif // ONEX_FRONTEND_SUMMARYINDEXCACHE_H
