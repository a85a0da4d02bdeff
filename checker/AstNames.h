//===- AstNames.h - Names and locations as the engine spells them ---------===//

#ifndef ONEX_CHECKER_ASTNAMES_H
#define ONEX_CHECKER_ASTNAMES_H

#include "checker/Summary.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include <optional>
#include <string>

namespace onex {

/// The qualified name without template arguments, inline namespaces
/// (std::__cxx11, std::__1) or a leading "::": "std::basic_ostream",
/// "app::NodeXReducer::execute". Rule and option patterns match this form.
std::string qualifiedName(const clang::NamedDecl *D);

/// The name a chain note uses: "execute", "operator<<", or for a lambda's
/// call operator "lambda at file.cpp:12:5".
std::string shortName(const clang::FunctionDecl *FD);

/// The name a message uses for an entry point or callee: the qualified name,
/// with lambdas spelled as in shortName.
std::string displayName(const clang::FunctionDecl *FD);

/// Whether MD builds or replaces its object as a whole: a constructor, a
/// destructor, a copy or move assignment. Writing its own members is then
/// not hidden state.
bool buildsItsObject(const clang::CXXMethodDecl *MD);

/// Whether argument Arg of Call is the implicit object of a member
/// operator: argument 0 of a CXXOperatorCallExpr that calls a non-static
/// member without an explicit object parameter. It binds to no parameter.
bool isImplicitOperatorObject(const clang::CallExpr *Call, unsigned Arg);

/// The index among the direct callee's parameters that argument Arg of Call
/// binds to (a member operator's arguments after its implicit object shift
/// by one); nothing for the implicit object itself. The index may be past
/// the parameters (varargs) or the callee may be unknown: callers check.
std::optional<unsigned> parameterIndex(const clang::CallExpr *Call,
                                       unsigned Arg);

/// Whether T is a pointer to const.
bool pointsToConst(clang::QualType T);

/// E without what only carries its value: implicit nodes, parentheses,
/// explicit casts, default arguments, and a construction from one given
/// argument (std::string("X") is (const char *, allocator = default)).
const clang::Expr *peelValueWrappers(const clang::Expr *E);

/// The type of the object a member expression names: the pointee for `->`.
clang::QualType memberObjectType(const clang::MemberExpr *Member);

/// Converts a (possibly macro) location to the engine's Location, using the
/// expansion point: that is where the user wrote the operation.
Location makeLocation(const clang::SourceManager &SM, clang::SourceLocation L);

/// Whether L belongs to the platform: a system header, or no source at all
/// (implicit declarations such as builtins).
bool isPlatformLocation(const clang::SourceManager &SM,
                        clang::SourceLocation L);

} // namespace onex

#endif // ONEX_CHECKER_ASTNAMES_H
