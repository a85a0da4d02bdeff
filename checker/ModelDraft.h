//===- ModelDraft.h - A typed model drafted from a dict's keys ------------===//
//
// The repair for a dict-like intent payload is a model: a struct derived
// from BaseModel with one typed field per key. The keys are in the code
// already - payload["id"], j["count"].get<int>(), std::any_cast<double>(
// m["ratio"]) - so `onex-purity suggest-model <type>` collects them (when
// they are constant strings) and prints the struct to start from.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_MODELDRAFT_H
#define ONEX_CHECKER_MODELDRAFT_H

#include "checker/Summary.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <vector>

namespace onex {

/// One constant key read or written on a value of the dict-like type.
struct KeyUse {
  std::string Key;
  std::string Type; // The C++ type the code gives the value; "" unknown.
  Location Where;
};

/// Whether Type, or any type it is sugar for (a typedef, an alias), is
/// spelled Name: "nlohmann::json", "std::any", "Bag" (an alias), or the
/// class template's qualified name ("std::map").
bool typeIsSpelled(clang::QualType Type, llvm::StringRef Name,
                   const clang::ASTContext &Ctx);

/// Every `x["key"]`, `x.at("key")` and `x.value("key", default)` in user
/// code where x's type is spelled TypeName, with the type the code gives
/// the value: a get<T>() or any_cast<T> around it, the variable it
/// initialises, the value assigned to it, or the default.
std::vector<KeyUse> findKeyUses(clang::ASTContext &Ctx,
                                llvm::StringRef TypeName);

/// The base a drafted model derives from, as C++ spells it: the first of
/// the ModelBaseClasses option, without a leading "::".
std::string modelBaseName(llvm::StringRef ModelBaseClasses);

/// The model as C++: `struct <Name> : <Base> { <type> <key>; ... };`, one
/// field per key in key order, its type the first known one (others in a
/// comment), TODO_TYPE when the code never says. Keys that are not
/// identifiers become snake_case names with the key in a comment.
std::string draftModel(llvm::StringRef Name, llvm::StringRef Base,
                       llvm::StringRef TypeName, llvm::ArrayRef<KeyUse> Uses);

} // namespace onex

#endif // ONEX_CHECKER_MODELDRAFT_H
