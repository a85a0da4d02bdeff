//===- ConfigCache.cpp ----------------------------------------------------===//

#include "frontend/ConfigCache.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

namespace onex {

namespace {

/// The options plus each rule pack's size and modification time: an edited
/// pack is a new configuration for a long-lived process (clangd).
std::string keyOf(const EngineOptions &Options) {
  std::string Key = Options.key();
  for (const std::string &File : splitList(Options.RuleFiles)) {
    llvm::sys::fs::file_status Status;
    if (!llvm::sys::fs::status(File, Status))
      Key += "\n" + File + "@" + std::to_string(Status.getSize()) + ":" +
             std::to_string(
                 Status.getLastModificationTime().time_since_epoch().count());
  }
  return Key;
}

} // namespace

llvm::Expected<std::vector<RulePackSource>>
readRulePacks(const EngineOptions &Options) {
  std::vector<RulePackSource> Packs;
  for (const std::string &File : splitList(Options.RuleFiles)) {
    auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
    if (!Buffer)
      return llvm::createStringError(
          optionErrorMessage(Options, "RuleFiles",
                             "cannot read rule pack '" + File +
                                 "': " + Buffer.getError().message()));
    Packs.push_back({File, (*Buffer)->getBuffer().str()});
  }
  return Packs;
}

llvm::Expected<std::shared_ptr<const EngineConfig>>
ConfigCache::get(const EngineOptions &Options) {
  std::string Key = keyOf(Options);
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto It = Entries.find(Key);
    if (It != Entries.end())
      return It->second;
  }
  auto Packs = readRulePacks(Options);
  if (!Packs)
    return Packs.takeError();
  auto Compiled = compileConfig(Options, *Packs);
  if (!Compiled)
    return Compiled.takeError();
  std::lock_guard<std::mutex> Lock(Mutex);
  if (Entries.size() >= MaxEntries)
    Entries.clear(); // Rare: only many distinct configurations get here.
  Entries[Key] = *Compiled;
  return *Compiled;
}

} // namespace onex
