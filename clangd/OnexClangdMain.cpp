//===- OnexClangdMain.cpp - clangd with the onex checks linked in ---------===//
//
// Stock clangd cannot load clang-tidy plugins, so onex-clangd is Debian's
// clangd 22 (libclangdMain.a, unchanged) with the onex module linked
// statically. It behaves exactly like clangd; only four things differ:
//  - every onex diagnostic offers code actions that suppress it (NOLINT,
//    ONEX_ALLOW_IMPURE), see clang-tidy-module/EditorActions.h;
//  - `--version` says what it is before clangd's own version text;
//  - `--resource-dir` defaults to Clang 22's, which a clangd outside LLVM's
//    bin directory cannot find by itself;
//  - the remote index (gRPC) is not built in: `remote::getClient` returns
//    no client, as a clangd built without remote index does.
//
//===----------------------------------------------------------------------===//

#include "OnexVersion.h"
#include "llvm/ADT/StringRef.h"
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
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size() - 1),
                                   Args.data());
}
