//===- OnexClangdMain.cpp - clangd with the onex checks linked in ---------===//
//
// Stock clangd cannot load clang-tidy plugins, so onex-clangd is Debian's
// clangd 22 (libclangdMain.a, unchanged) with the onex module linked
// statically. It behaves exactly like clangd; only five things differ:
//  - every onex diagnostic offers code actions that suppress it (NOLINT,
//    ONEX_ALLOW_IMPURE), see clang-tidy-module/EditorActions.h;
//  - onex diagnostics link to their installed docs page, not to a
//    clang.llvm.org page that does not exist (DocLinks.h);
//  - `--version` says what it is before clangd's own version text;
//  - `--resource-dir` defaults to Clang 22's, which a clangd outside LLVM's
//    bin directory cannot find by itself;
//  - the remote index (gRPC) is not built in: `remote::getClient` returns
//    no client, as a clangd built without remote index does.
//
//===----------------------------------------------------------------------===//

#include "DocLinks.h"
#include "OnexVersion.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace clang::clangd {
int clangdMain(int Argc, char *Argv[]); // From libclangdMain.a.
class SymbolIndex;
namespace remote {
std::unique_ptr<SymbolIndex> getClient(llvm::StringRef Address,
                                       llvm::StringRef IndexRoot);
std::unique_ptr<SymbolIndex> getClient(llvm::StringRef, llvm::StringRef) {
  return nullptr;
}
} // namespace remote
} // namespace clang::clangd

// Defined by the onex module; referencing it keeps the module's
// registration in the link.
extern volatile int OnexPurityModuleAnchorSource;
namespace onex::tidy {
void enableEditorActions(); // EditorActions.h: suppression code actions.
} // namespace onex::tidy

namespace {

/// The check pages: installed next to the binary
/// (<prefix>/share/doc/onex-purity/checks), else the source tree's for a
/// binary in its build tree, else none.
std::string checkDocsDirectory(const char *Argv0) {
  std::string Exe =
      llvm::sys::fs::getMainExecutable(Argv0, (void *)&checkDocsDirectory);
  llvm::SmallString<256> Installed(
      llvm::sys::path::parent_path(llvm::sys::path::parent_path(Exe)));
  llvm::sys::path::append(Installed, "share", "doc", "onex-purity", "checks");
  if (llvm::sys::fs::is_directory(Installed))
    return std::string(Installed);
  if (llvm::sys::fs::is_directory(ONEX_SOURCE_DOCS_DIR))
    return ONEX_SOURCE_DOCS_DIR;
  return "";
}

/// Whether clangd will speak LSP on stdout (not print help or a version
/// and exit, which must not wait for a filter).
bool speaksProtocol(llvm::ArrayRef<char *> Args) {
  return llvm::none_of(Args.drop_front(), [](const char *A) {
    llvm::StringRef Arg = llvm::StringRef(A).ltrim('-');
    return Arg.starts_with("help") || Arg == "version" ||
           Arg.starts_with("check") || Arg.starts_with("print-");
  });
}

} // namespace

int main(int Argc, char *Argv[]) {
  static int Anchor [[maybe_unused]] = OnexPurityModuleAnchorSource;
  onex::tidy::enableEditorActions();
  std::vector<char *> Args(Argv, Argv + Argc);
  bool HasResourceDir = false;
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg(Argv[I]);
    if (Arg.starts_with("--resource-dir") || Arg.starts_with("-resource-dir"))
      HasResourceDir = true;
    if (Arg == "--version" || Arg == "-version") {
      std::printf(
          "onex-clangd: clangd with the onex-purity " ONEX_PURITY_VERSION
          " checks (onex-*)\n");
      std::fflush(stdout); // Before clangd writes its own text.
    }
  }
  static std::string ResourceDir = "--resource-dir=" ONEX_CLANG_RESOURCE_DIR;
  if (!HasResourceDir)
    Args.insert(Args.begin() + 1, ResourceDir.data());
  bool Filter = speaksProtocol(Args);
  if (Filter)
    onex::clangd::startDocLinkFilter(checkDocsDirectory(Argv[0]));
  Args.push_back(nullptr);
  int Status =
      clang::clangd::clangdMain(static_cast<int>(Args.size() - 1), Args.data());
  if (Filter)
    onex::clangd::finishDocLinkFilter();
  return Status;
}
