//===- ConfigFiles.cpp ----------------------------------------------------===//

#include "frontend/ConfigFiles.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

namespace onex {

llvm::Expected<clang::tidy::ClangTidyOptions>
parseConfigFile(llvm::StringRef Path, llvm::StringRef Text) {
  std::optional<llvm::SMDiagnostic> First;
  auto Parsed = clang::tidy::parseConfigurationWithDiags(
      llvm::MemoryBufferRef(Text, Path), [&](const llvm::SMDiagnostic &D) {
        if (!First && D.getKind() == llvm::SourceMgr::DK_Error)
          First = D;
      });
  if (Parsed && !First)
    return std::move(*Parsed);
  unsigned Line = First && First->getLineNo() > 0 ? First->getLineNo() : 1;
  unsigned Column = First && First->getColumnNo() >= 0 ? First->getColumnNo() + 1
                                                       : 1;
  std::string Why = First ? First->getMessage().str()
                          : Parsed.getError().message();
  return llvm::createStringError(std::errc::invalid_argument,
                                 "%s:%u:%u: invalid configuration: %s",
                                 Path.str().c_str(), Line, Column, Why.c_str());
}

llvm::Error validateConfigFilesFor(llvm::StringRef SourceFile,
                                   llvm::vfs::FileSystem &FS) {
  // Relative names resolve against the working directory, as clang-tidy's
  // provider resolves them.
  llvm::SmallString<256> Absolute(SourceFile);
  if (FS.makeAbsolute(Absolute))
    return llvm::Error::success(); // Nothing to look up from.
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(Absolute);
       !Dir.empty(); Dir = llvm::sys::path::parent_path(Dir)) {
    llvm::SmallString<256> Path(Dir);
    llvm::sys::path::append(Path, ".clang-tidy");
    llvm::ErrorOr<llvm::vfs::Status> Status = FS.status(Path);
    if (!Status || !Status->isRegularFile())
      continue; // As clang-tidy: only regular files are configurations.
    auto Buffer = FS.getBufferForFile(Path);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(),
                                     "%s: cannot read configuration: %s",
                                     Path.c_str(),
                                     Buffer.getError().message().c_str());
    auto Parsed = parseConfigFile(Path, (*Buffer)->getBuffer());
    if (!Parsed)
      return Parsed.takeError();
    if (!Parsed->InheritParentConfig.value_or(false))
      return llvm::Error::success();
  }
  return llvm::Error::success();
}

} // namespace onex
