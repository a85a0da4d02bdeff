//===- Roles.cpp ----------------------------------------------------------===//

#include "checker/Roles.h"
#include "checker/AstNames.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"

namespace onex {

bool hasAnnotation(const clang::Decl *D, llvm::StringRef Name,
                   std::string *Argument) {
  for (const auto *A : D->specific_attrs<clang::AnnotateAttr>()) {
    if (A->getAnnotation() != Name)
      continue;
    if (Argument && A->args_size() > 0)
      if (const auto *S = llvm::dyn_cast<clang::StringLiteral>(
              (*A->args_begin())->IgnoreParenImpCasts()))
        *Argument = S->getString().str();
    return true;
  }
  return false;
}

namespace {

bool anyMatch(const std::vector<NamePattern> &Patterns,
              const clang::CXXRecordDecl *RD) {
  if (Patterns.empty())
    return false;
  std::string Name = qualifiedName(RD);
  for (const NamePattern &P : Patterns)
    if (P.matches(Name))
      return true;
  return false;
}

bool nameMatches(const std::optional<llvm::Regex> &R,
                 const clang::CXXRecordDecl *RD) {
  return R && RD->getIdentifier() && R->match(RD->getName());
}

} // namespace

RoleClassifier::ClassRole
RoleClassifier::computeClassRole(const clang::CXXRecordDecl *RD) {
  if (RD->isLambda())
    return None;
  // Annotations and names decide first; an annotation on a forward
  // declaration counts, so look at every redeclaration.
  for (const clang::Decl *Redecl : RD->redecls()) {
    if (hasAnnotation(Redecl, "onex::reducer"))
      return Reducer;
    if (hasAnnotation(Redecl, "onex::effect"))
      return Effect;
  }
  if (nameMatches(Config.ReducerName, RD))
    return Reducer;
  if (nameMatches(Config.EffectName, RD))
    return Effect;
  const clang::CXXRecordDecl *Def = RD->getDefinition();
  if (!Def)
    return None;
  for (const clang::CXXBaseSpecifier &Base : Def->bases()) {
    const clang::CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl();
    if (!BaseDecl)
      continue;
    if (anyMatch(Config.ReducerBases, BaseDecl))
      return Reducer;
    if (anyMatch(Config.EffectBases, BaseDecl))
      return Effect;
    if (ClassRole Inherited = classRole(BaseDecl))
      return Inherited;
  }
  return None;
}

RoleClassifier::ClassRole
RoleClassifier::classRole(const clang::CXXRecordDecl *RD) {
  RD = RD->getCanonicalDecl();
  auto It = ClassRoles.find(RD);
  if (It != ClassRoles.end())
    return It->second;
  ClassRoles[RD] = None; // Guards against malformed recursive hierarchies.
  ClassRole Role = computeClassRole(RD);
  ClassRoles[RD] = Role;
  return Role;
}

bool RoleClassifier::isReducerClass(const clang::CXXRecordDecl *RD) {
  return classRole(RD) == Reducer;
}

bool RoleClassifier::isEffectClass(const clang::CXXRecordDecl *RD) {
  return classRole(RD) == Effect;
}

bool RoleClassifier::isMarkedPure(const clang::FunctionDecl *FD) {
  return hasAnnotation(FD, "onex::pure");
}

EntryKind RoleClassifier::entryKind(const clang::FunctionDecl *FD) {
  if (hasAnnotation(FD, "onex::reducer"))
    return EntryKind::Reducer;
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD))
    if (isReducerClass(MD->getParent()))
      return EntryKind::Reducer;
  if (Config.ReducerFunctions &&
      Config.ReducerFunctions->match(qualifiedName(FD)))
    return EntryKind::Reducer;
  if (isMarkedPure(FD))
    return EntryKind::PureFunction;
  return EntryKind::None;
}

bool RoleClassifier::isEffect(const clang::FunctionDecl *FD) {
  if (hasAnnotation(FD, "onex::effect"))
    return true;
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD))
    if (isEffectClass(MD->getParent()))
      return true;
  return Config.EffectFunctions &&
         Config.EffectFunctions->match(qualifiedName(FD));
}

bool RoleClassifier::isIntentPublisher(const clang::FunctionDecl *FD) {
  return isMarkedFunction(Publishers, Config.PublisherFunctions, FD);
}

bool RoleClassifier::isIntentExecutor(const clang::FunctionDecl *FD) {
  return isMarkedFunction(Executors, Config.ExecutorFunctions, FD);
}

bool RoleClassifier::isMarkedFunction(
    MarkedClasses &Marks, const std::optional<llvm::Regex> &Functions,
    const clang::FunctionDecl *FD) {
  if (hasAnnotation(FD, Marks.Annotation))
    return true;
  // A reducer that mixes a publisher in stays a reducer: only the members
  // the marked class declares (or a marked class deriving from it) count.
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD))
    if (!isReducerClass(MD->getParent()) && isMarked(Marks, MD->getParent()))
      return true;
  return Functions && Functions->match(qualifiedName(FD));
}

bool RoleClassifier::isMarked(MarkedClasses &Marks,
                              const clang::CXXRecordDecl *RD) {
  // Asked for every call the payload checks see and every function
  // extracted: remember each class, as classRole does.
  RD = RD->getCanonicalDecl();
  auto [It, New] = Marks.Known.try_emplace(RD, false);
  if (!New)
    return It->second; // Known, or being computed (a malformed cycle: no).
  bool Marked = computeIsMarked(Marks, RD);
  Marks.Known[RD] = Marked;
  return Marked;
}

bool RoleClassifier::computeIsMarked(MarkedClasses &Marks,
                                     const clang::CXXRecordDecl *RD) {
  for (const clang::Decl *Redecl : RD->redecls())
    if (hasAnnotation(Redecl, Marks.Annotation))
      return true;
  if (anyMatch(Marks.Classes, RD))
    return true;
  const clang::CXXRecordDecl *Def = RD->getDefinition();
  return Def &&
         llvm::any_of(Def->bases(), [&](const clang::CXXBaseSpecifier &B) {
           const auto *Base = B.getType()->getAsCXXRecordDecl();
           return Base && isMarked(Marks, Base);
         });
}

std::optional<std::string>
RoleClassifier::allowImpureReason(const clang::FunctionDecl *FD) {
  std::string Reason;
  if (hasAnnotation(FD, "onex::allow_impure", &Reason))
    return Reason;
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD))
    for (const clang::Decl *Redecl : MD->getParent()->redecls())
      if (hasAnnotation(Redecl, "onex::allow_impure", &Reason))
        return Reason;
  return std::nullopt;
}

} // namespace onex
