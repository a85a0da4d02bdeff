//===- EditorActions.h - Suppression suggestions for the editor -----------===//
//
// In onex-clangd every onex diagnostic offers two ways to accept a finding:
// a `// NOLINT(<check>)` on its line, and ONEX_ALLOW_IMPURE("...") on the
// function that performs the operation (with <onex/purity.hpp> included if
// the file does not yet). They are suggestions, not fixes: they are notes
// with fix-its, which clangd shows as code actions and `clang-tidy --fix`
// does not apply. They are emitted only where a front end asks for them
// (onex-clangd does): batch output stays as it is.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TIDY_EDITORACTIONS_H
#define ONEX_TIDY_EDITORACTIONS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"
#include <optional>
#include <string>
#include <vector>

namespace onex::tidy {

/// Asks the onex checks to attach the suggestions (onex-clangd's main).
void enableEditorActions();
bool editorActionsEnabled();

/// The fix-it that appends `// NOLINT(Check)` to the line of Loc.
std::optional<clang::FixItHint> nolintFix(const clang::SourceManager &SM,
                                          clang::SourceLocation Loc,
                                          llvm::StringRef Check);

/// The function definitions of a unit, collected once for all findings.
class FunctionDefinitions {
public:
  explicit FunctionDefinitions(clang::ASTContext &Ctx);
  /// The innermost definition whose source range holds Loc, or null.
  const clang::FunctionDecl *enclosing(const clang::SourceManager &SM,
                                       clang::SourceLocation Loc) const;

private:
  std::vector<const clang::FunctionDecl *> Definitions; // Outer first.
};

/// The fix-its that mark the function around Loc ONEX_ALLOW_IMPURE (and
/// include the header when the file lacks it); Function is set to its
/// name, QualifiedFunction to its name as the engine qualifies it. Empty
/// when Loc is in no function defined in this file.
std::vector<clang::FixItHint>
allowImpureFixes(clang::ASTContext &Ctx, const FunctionDefinitions &Functions,
                 clang::SourceLocation Loc, std::string &Function,
                 std::string &QualifiedFunction);

} // namespace onex::tidy

#endif // ONEX_TIDY_EDITORACTIONS_H
