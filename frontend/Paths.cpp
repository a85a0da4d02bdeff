//===- Paths.cpp ----------------------------------------------------------===//

#include "frontend/Paths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace onex {

std::string absolutePath(llvm::StringRef Path, llvm::StringRef Directory) {
  llvm::SmallString<256> Result(Path);
  if (!llvm::sys::path::is_absolute(Result) && !Directory.empty()) {
    Result = Directory;
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::fs::make_absolute(Result); // No-op when already absolute.
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

} // namespace onex
