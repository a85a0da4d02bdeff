//===- SummaryIndexCache.cpp ----------------------------------------------===//

#include "frontend/SummaryIndexCache.h"
#include "checker/Linker.h"
#include "frontend/SummaryFiles.h"
#include "llvm/Support/FileSystem.h"

namespace onex {

namespace {

/// The summary files of the index: Path itself, or the cache entries and
/// summaries under it, sorted so the merge does not depend on the
/// directory's order.
std::vector<std::string> indexFiles(llvm::StringRef Path, bool IsDirectory) {
  if (!IsDirectory)
    return {Path.str()};
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Path, EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::StringRef Name = It->path();
    if (Name.ends_with(CacheEntrySuffix) || Name.ends_with(SummaryFileSuffix))
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

llvm::Error indexError(llvm::StringRef Path, const llvm::Twine &Problem) {
  return llvm::createStringError("summary index '" + Path + "': " + Problem);
}

} // namespace

llvm::Expected<std::shared_ptr<const ProgramSummary>>
SummaryIndexCache::get(llvm::StringRef Path) {
  std::lock_guard<std::mutex> Lock(Mutex);
  Entry &E = Entries[Path];
  auto Now = std::chrono::steady_clock::now();
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return indexError(Path, EC.message());
  bool IsDirectory = llvm::sys::fs::is_directory(Status);
  if (E.Index && IsDirectory && Now - E.Checked < DirectoryRefresh)
    return E.Index;
  std::vector<std::string> Files = indexFiles(Path, IsDirectory);
  std::string Stamp = stampOf(Files);
  E.Checked = Now;
  if (E.Index && E.Stamp == Stamp)
    return E.Index;
  auto Units = readSummaryFiles(Files);
  if (!Units)
    return indexError(Path, llvm::toString(Units.takeError()));
  E.Stamp = std::move(Stamp);
  E.Index = std::make_shared<const ProgramSummary>(mergeUnits(*Units));
  return E.Index;
}

} // namespace onex
