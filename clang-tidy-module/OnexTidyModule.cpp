//===- OnexTidyModule.cpp - Registers the onex checks with clang-tidy ----===//

#include "PurityCheck.h"
#include "clang-tidy/ClangTidyModule.h"

namespace onex::tidy {

namespace {

class OnexModule : public clang::tidy::ClangTidyModule {
public:
  void
  addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    for (const CheckInfo &Check : checkCatalogue())
      Factories.registerCheckFactory(
          Check.Name, [C = Check.Cat](llvm::StringRef Name,
                                      clang::tidy::ClangTidyContext *Context) {
            return std::make_unique<PurityCheck>(Name, Context, C);
          });
  }
};

} // namespace

} // namespace onex::tidy

static clang::tidy::ClangTidyModuleRegistry::Add<onex::tidy::OnexModule>
    OnexModuleRegistration("onex-module",
                           "Checks that ONEX reducers stay pure.");

// Referenced by binaries that link the module statically, so that the
// linker keeps the registration above.
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int OnexPurityModuleAnchorSource = 0;
