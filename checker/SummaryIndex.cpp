//===- SummaryIndex.cpp ---------------------------------------------------===//

#include "checker/SummaryIndex.h"
#include "checker/Linker.h"
#include "checker/SummaryIO.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include <mutex>

namespace onex {

namespace {

/// The summary files of the index: Path itself, or the cache entries and
/// summaries under it, sorted so the merge does not depend on the
/// directory's order.
llvm::Expected<std::vector<std::string>> indexFiles(llvm::StringRef Path) {
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return llvm::createStringError(EC, "summary index '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  if (!llvm::sys::fs::is_directory(Status))
    return std::vector<std::string>{Path.str()};
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Path, EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::StringRef Name = It->path();
    if (Name.ends_with(".onexcache") || Name.ends_with(".onexsum"))
      Files.push_back(Name.str());
  }
  llvm::sort(Files);
  return Files;
}

/// Names, sizes and modification times: what says the index changed.
std::string stampOf(const std::vector<std::string> &Files) {
  std::string Stamp;
  for (const std::string &F : Files) {
    llvm::sys::fs::file_status S;
    if (llvm::sys::fs::status(F, S))
      continue;
    Stamp +=
        F + ":" + std::to_string(S.getSize()) + ":" +
        std::to_string(S.getLastModificationTime().time_since_epoch().count()) +
        "\n";
  }
  return Stamp;
}

} // namespace

llvm::Expected<std::shared_ptr<const ProgramSummary>>
loadSummaryIndex(llvm::StringRef Path) {
  struct Entry {
    std::string Stamp;
    std::shared_ptr<const ProgramSummary> Index;
  };
  static std::mutex Mutex;
  static llvm::StringMap<Entry> Cache;

  auto Files = indexFiles(Path);
  if (!Files)
    return Files.takeError();
  std::string Stamp = stampOf(*Files);
  std::lock_guard<std::mutex> Lock(Mutex);
  Entry &E = Cache[Path];
  if (E.Index && E.Stamp == Stamp)
    return E.Index;
  auto Units = readSummaryFiles(*Files);
  if (!Units)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "summary index '%s': %s", Path.str().c_str(),
                                   llvm::toString(Units.takeError()).c_str());
  E = {Stamp, std::make_shared<const ProgramSummary>(mergeUnits(*Units))};
  return E.Index;
}

} // namespace onex
