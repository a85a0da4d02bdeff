//===- SummaryCache.cpp ---------------------------------------------------===//
//
// The entry layout is CacheEntry's (frontend/SummaryFiles.h).
//
//===----------------------------------------------------------------------===//

#include "SummaryCache.h"
#include "OnexVersion.h"
#include "frontend/SummaryFiles.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace onex::tool {

namespace {

std::string hex128(llvm::StringRef Data) {
  llvm::XXH128_hash_t H = llvm::xxh3_128bits(
      llvm::ArrayRef<uint8_t>(Data.bytes_begin(), Data.size()));
  return llvm::formatv("{0:x-16}{1:x-16}", H.high64, H.low64).str();
}

std::string readFileOrEmpty(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : std::string();
}

} // namespace

llvm::Expected<std::unique_ptr<SummaryCache>>
SummaryCache::open(llvm::StringRef Directory) {
  llvm::SmallString<256> Abs(Directory);
  llvm::sys::fs::make_absolute(Abs);
  if (llvm::sys::fs::exists(Abs) && !llvm::sys::fs::is_directory(Abs))
    return llvm::createStringError(
        std::make_error_code(std::errc::not_a_directory),
        "--cache '%s' is not a directory", Abs.c_str());
  if (std::error_code EC = llvm::sys::fs::create_directories(Abs))
    return llvm::createStringError(EC, "cannot create cache directory '%s': %s",
                                   Abs.c_str(), EC.message().c_str());
  if (std::error_code EC =
          llvm::sys::fs::access(Abs, llvm::sys::fs::AccessMode::Write))
    return llvm::createStringError(EC,
                                   "cannot write to cache directory '%s': %s",
                                   Abs.c_str(), EC.message().c_str());
  return std::unique_ptr<SummaryCache>(new SummaryCache(std::string(Abs)));
}

std::string SummaryCache::keyFor(const clang::tooling::CompileCommand &Command,
                                 const EngineOptions &Options) {
  std::string Data = "onex-purity " ONEX_PURITY_VERSION " summary-v" +
                     std::to_string(SummaryFormatVersion) + "\n";
  Data += Command.Directory + "\n" + Command.Filename + "\n";
  for (const std::string &Arg : Command.CommandLine)
    Data += Arg + '\0';
  Data += "\n" + Options.key() + "\n";
  // User rule packs change findings without changing the command line.
  for (const std::string &Pack : splitList(Options.RuleFiles))
    Data += Pack + "=" + hashOfFile(Pack) + "\n";
  return hex128(Data);
}

std::string SummaryCache::entryPath(llvm::StringRef Key) const {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, Key.take_front(2), Key + CacheEntrySuffix);
  return std::string(Path);
}

std::string SummaryCache::hashOfFile(llvm::StringRef File) {
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto It = FileHashes.find(File);
    if (It != FileHashes.end())
      return It->second;
  }
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  std::string Hash = Buffer ? hex128((*Buffer)->getBuffer()) : "";
  std::lock_guard<std::mutex> Lock(Mutex);
  FileHashes[File] = Hash;
  return Hash;
}

std::optional<UnitOutcome> SummaryCache::lookup(llvm::StringRef Key) {
  std::string Text = readFileOrEmpty(entryPath(Key));
  std::optional<CacheEntry> Entry = parseCacheEntry(Text);
  if (!Entry)
    return std::nullopt;
  UnitOutcome Out;
  for (const CacheEntry::Input &In : Entry->Inputs) {
    if (hashOfFile(In.Path) != In.Hash)
      return std::nullopt; // An input changed.
    Out.Dependencies.push_back(In.Path.str());
  }
  llvm::Expected<UnitSummary> Summary =
      readUnitSummary(Entry->Summary, entryPath(Key));
  if (!Summary) {
    llvm::consumeError(Summary.takeError());
    return std::nullopt;
  }
  if (llvm::Error E = checkLocations(*Summary, entryPath(Key), Lines)) {
    llvm::consumeError(std::move(E));
    return std::nullopt;
  }
  Out.File = Summary->MainFile;
  Out.Stats.Functions = Summary->Program.size();
  Out.Stats.CallEdges = Summary->Program.callEdgeCount();
  Out.Summary = std::move(*Summary);
  Out.FromCache = true;
  return Out;
}

void SummaryCache::store(llvm::StringRef Key, const UnitOutcome &Outcome) {
  if (!Outcome.Failure.empty() || !Outcome.Summary)
    return;
  std::vector<std::pair<std::string, std::string>> Inputs;
  for (const std::string &Dep : Outcome.Dependencies)
    Inputs.emplace_back(hashOfFile(Dep), Dep);
  std::string Text = writeCacheEntry(Inputs, *Outcome.Summary);

  std::string Path = entryPath(Key);
  llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path));
  llvm::SmallString<256> Temp;
  int FD = -1;
  if (llvm::sys::fs::createUniqueFile(Path + ".tmp-%%%%%%", FD, Temp))
    return; // A cache that cannot be written only costs time.
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
  }
  if (llvm::sys::fs::rename(Temp, Path))
    llvm::sys::fs::remove(Temp);
}

} // namespace onex::tool
