//===- ConfigFiles.h - The .clang-tidy files a source file is read with ---===//
//
// clang-tidy's nearest-file lookup (FileOptionsProvider) prints "Error
// parsing" for a .clang-tidy it cannot parse and goes on as if the file were
// not there: with the onex checks and options it held gone, a broken
// configuration would pass CI green. Every onex front end therefore checks
// the files that lookup reads for a source file (the nearest .clang-tidy,
// and its parents while InheritParentConfig says so) and treats one it
// cannot use as a configuration error naming file, line and column.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_FRONTEND_CONFIGFILES_H
#define ONEX_FRONTEND_CONFIGFILES_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace onex {

/// Parses a configuration file's text as clang-tidy does; on failure the
/// error is "<Path>:<line>:<column>: invalid configuration: <why>" (line 1,
/// column 1 when the parser gives no position), one line.
llvm::Expected<clang::tidy::ClangTidyOptions>
parseConfigFile(llvm::StringRef Path, llvm::StringRef Text);

/// Checks every .clang-tidy that the nearest-file lookup reads for
/// SourceFile (relative names resolve against the working directory),
/// nearest first: the first one that cannot be read
/// or parsed is the error.
llvm::Error validateConfigFilesFor(llvm::StringRef SourceFile,
                                   llvm::vfs::FileSystem &FS);

} // namespace onex

#endif // ONEX_FRONTEND_CONFIGFILES_H
