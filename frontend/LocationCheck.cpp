//===- LocationCheck.cpp --------------------------------------------------===//

#include "frontend/LocationCheck.h"
#include "llvm/Support/MemoryBuffer.h"

namespace onex {

const std::optional<std::vector<unsigned>> &
LineTables::linesOf(llvm::StringRef File) {
  std::lock_guard<std::mutex> Lock(Mutex);
  auto [It, Inserted] = Files.try_emplace(File);
  if (!Inserted)
    return *It->second;
  It->second = std::make_unique<std::optional<std::vector<unsigned>>>();
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return *It->second;
  std::vector<unsigned> Lengths;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Lengths.push_back(Line.rtrim('\r').size());
    Text = Rest;
  }
  *It->second = std::move(Lengths);
  return *It->second;
}

llvm::Error checkLocations(const UnitSummary &Unit, llvm::StringRef Path,
                           LineTables &Tables) {
  std::string Problem;
  auto Place = [](const Location &L) {
    return L.File + ":" + std::to_string(L.Line) + ":" +
           std::to_string(L.Column);
  };
  forEachLocationIn(Unit, [&](const Location &L) {
    if (!Problem.empty() || L.File.empty())
      return; // Code the compiler wrote has no place.
    if (L.Line == 0) {
      Problem = "location " + Place(L) + " has no line";
      return;
    }
    const std::optional<std::vector<unsigned>> &Lines = Tables.linesOf(L.File);
    if (!Lines)
      return;
    if (L.Line == Lines->size() + 1 && L.Column <= 1)
      return; // The end of a file that ends with a newline.
    if (L.Line > Lines->size())
      Problem = "location " + Place(L) + " is outside the file (it has " +
                std::to_string(Lines->size()) + " lines)";
    else if (L.Column > (*Lines)[L.Line - 1] + 1)
      Problem = "location " + Place(L) + " is outside its line (it has " +
                std::to_string((*Lines)[L.Line - 1]) + " columns)";
  });
  if (Problem.empty())
    return llvm::Error::success();
  return llvm::createStringError(std::errc::invalid_argument, "%s: %s",
                                 Path.str().c_str(), Problem.c_str());
}

} // namespace onex
