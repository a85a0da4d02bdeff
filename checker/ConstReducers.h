//===- ConstReducers.h - Reducer member functions that could be const -----===//
//
// A reducer member function that writes no member of its object and is not
// const only keeps its purity by discipline; declared const, the compiler
// refuses the first hidden write. This finds the ones where adding const
// compiles unchanged - every use of the object in the body is one a const
// object allows - and returns an onex-purity-member-state finding with the
// insertion as a fix-it on every declaration.
//
// Conservative on purpose (a fix-it that breaks the build is worse than
// none): virtual functions, overloaded names, templates, macros, writes
// to mutable members and through pointer, smart-pointer or reference
// members (a pimpl's state is the object's),
// and any use of the object other than reading members and calling const
// or static members are left alone. A class without non-mutable data members
// has nothing for const to protect and is left alone too.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_CONSTREDUCERS_H
#define ONEX_CHECKER_CONSTREDUCERS_H

#include "checker/Finding.h"
#include "checker/Roles.h"
#include "clang/AST/ASTContext.h"
#include <vector>

namespace onex {

/// The reducer member functions of user code in Ctx that could be declared
/// const, in declaration order.
std::vector<Finding> findReducersThatCouldBeConst(clang::ASTContext &Ctx,
                                                  RoleClassifier &Roles);

} // namespace onex

#endif // ONEX_CHECKER_CONSTREDUCERS_H
