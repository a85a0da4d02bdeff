//===- SummaryFiles.cpp ---------------------------------------------------===//

#include "frontend/SummaryFiles.h"
#include "frontend/LocationCheck.h"
#include "checker/StableSort.h"
#include "frontend/Paths.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"

namespace onex {

static constexpr llvm::StringLiteral CacheEntryMagic = "onex-cache 1\n";

std::optional<CacheEntry> parseCacheEntry(llvm::StringRef Text) {
  if (!Text.consume_front(CacheEntryMagic))
    return std::nullopt;
  CacheEntry Entry;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    if (Line.empty()) {
      Entry.Summary = Text;
      return Entry;
    }
    auto [Hash, Path] = Line.split(' ');
    if (Path.empty())
      return std::nullopt;
    Entry.Inputs.push_back({Hash, Path});
  }
  return std::nullopt; // No summary after the inputs.
}

std::string
writeCacheEntry(llvm::ArrayRef<std::pair<std::string, std::string>> Inputs,
                const UnitSummary &Unit) {
  std::string Text = CacheEntryMagic.str();
  for (const auto &[Hash, Path] : Inputs)
    Text += Hash + " " + Path + "\n";
  return Text + "\n" + writeUnitSummary(Unit);
}

llvm::Expected<UnitSummary> readSummaryFile(llvm::StringRef Text,
                                            llvm::StringRef Path) {
  if (!Text.starts_with("onex-cache "))
    return readUnitSummary(Text, Path);
  std::optional<CacheEntry> Entry = parseCacheEntry(Text);
  if (!Entry)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   Path + ": damaged cache entry");
  return readUnitSummary(Entry->Summary, Path);
}

llvm::Expected<std::vector<UnitSummary>>
readSummaryFiles(llvm::ArrayRef<std::string> Paths) {
  std::vector<UnitSummary> Units;
  LineTables Tables;
  for (const std::string &Path : Paths) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(), "cannot read '%s': %s",
                                     Path.c_str(),
                                     Buffer.getError().message().c_str());
    auto Unit = readSummaryFile((*Buffer)->getBuffer(), Path);
    if (!Unit)
      return Unit.takeError();
    if (llvm::Error E = checkLocations(*Unit, Path, Tables))
      return std::move(E);
    Units.push_back(std::move(*Unit));
  }
  stableSort(Units, [](const UnitSummary &A, const UnitSummary &B) {
    return A.MainFile < B.MainFile;
  });
  return Units;
}

void makePathsAbsolute(UnitSummary &Unit, llvm::StringRef Directory) {
  // The same few files appear on every location: resolve each name once.
  llvm::StringMap<std::string> Resolved;
  forEachFileName(Unit, [&](std::string &File) {
    if (File.empty())
      return;
    auto [It, Inserted] = Resolved.try_emplace(File);
    if (Inserted)
      It->second = absolutePath(File, Directory);
    File = It->second;
  });
}

} // namespace onex
