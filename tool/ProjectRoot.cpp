//===- ProjectRoot.cpp - The directory report paths are relative to -------===//

#include "ProjectRoot.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cassert>
#include <cstdlib>

namespace onex::tool {

namespace {

bool holds(llvm::StringRef Dir, llvm::StringRef Name) {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, Name);
  return llvm::sys::fs::exists(Path);
}

std::string withoutTrailingSeparator(llvm::StringRef Dir) {
  while (Dir.size() > 1 && llvm::sys::path::is_separator(Dir.back()))
    Dir = Dir.drop_back();
  return Dir.str();
}

} // namespace

std::optional<std::string>
findProjectRoot(llvm::StringRef Start, llvm::ArrayRef<std::string> Ceilings) {
  assert(llvm::sys::path::is_absolute(Start) && "the search starts anywhere");
  auto IsCeiling = [&](llvm::StringRef Dir) {
    return llvm::any_of(Ceilings, [&](const std::string &C) {
      return withoutTrailingSeparator(C) == Dir;
    });
  };
  std::string HighestTidyConfig;
  for (llvm::StringRef Dir = Start; !Dir.empty() && !IsCeiling(Dir);
       Dir = llvm::sys::path::parent_path(Dir)) {
    if (holds(Dir, ".git"))
      return Dir.str();
    if (holds(Dir, ".clang-tidy"))
      HighestTidyConfig = Dir.str();
  }
  if (HighestTidyConfig.empty())
    return std::nullopt;
  return HighestTidyConfig;
}

std::vector<std::string> ceilingDirectories() {
  std::vector<std::string> Ceilings;
  const char *Value = std::getenv("GIT_CEILING_DIRECTORIES");
  if (!Value)
    return Ceilings;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  llvm::StringRef(Value).split(Parts, ':', /*MaxSplit=*/-1,
                               /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts)
    Ceilings.push_back(Part.str());
  return Ceilings;
}

} // namespace onex::tool
