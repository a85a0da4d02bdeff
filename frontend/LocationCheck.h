//===- LocationCheck.h - Summary locations against the files they name ----===//
//
// A summary or cache entry is data from disk: a damaged or hand-edited one
// may place an operation at line 99999, or at line 0, and a report would
// print it as if it were true. Before a front end uses a unit read from
// disk, every location is checked against the line table of the file it
// names: a line from 1 to the file's last, a column within that line (one
// past its end allowed, as for a call at the end of a line). A file that
// cannot be read is not checked (a summary may be linked on a machine that
// has no sources), but line 0 is never a place in a file.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_FRONTEND_LOCATIONCHECK_H
#define ONEX_FRONTEND_LOCATIONCHECK_H

#include "checker/SummaryIO.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace onex {

/// The line tables of the files named by summaries, read once each.
class LineTables {
public:
  /// The length of each line of File (without its newline), or nullopt if
  /// File cannot be read.
  const std::optional<std::vector<unsigned>> &linesOf(llvm::StringRef File);

private:
  std::mutex Mutex;
  llvm::StringMap<std::unique_ptr<std::optional<std::vector<unsigned>>>> Files;
};

/// Success if every location of Unit is inside its file; otherwise an
/// error naming Path (the summary or cache entry) and the first bad
/// location: "<Path>: location a.cpp:99999:21 is outside the file (it has
/// 12 lines)".
llvm::Error checkLocations(const UnitSummary &Unit, llvm::StringRef Path,
                           LineTables &Tables);

} // namespace onex

#endif // ONEX_FRONTEND_LOCATIONCHECK_H
