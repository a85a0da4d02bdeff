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

namespace {

/// Whether Pattern names Name literally: one of its '|' alternatives,
/// without anchors or a group around them all, is the name itself.
bool namesExactly(llvm::StringRef Pattern, llvm::StringRef Name) {
  Pattern = Pattern.trim();
  Pattern.consume_front("^");
  Pattern.consume_back("$");
  if (Pattern.starts_with("(") && Pattern.ends_with(")"))
    Pattern = Pattern.drop_front().drop_back();
  llvm::SmallVector<llvm::StringRef, 4> Alternatives;
  Pattern.split(Alternatives, '|');
  return llvm::any_of(Alternatives, [&](llvm::StringRef A) {
    A = A.trim();
    A.consume_front("^");
    A.consume_back("$");
    return A == Name;
  });
}

/// Whether a member of a reducer class is one of the class's entry points:
/// its interface (public or protected, static or not, operators included)
/// as the user wrote it. A private member runs only as its callers make it
/// run, so it is analysed in their context; what the compiler generates
/// (implicit or defaulted special members) is not the user's code.
bool isReducerInterface(const clang::CXXMethodDecl *MD) {
  if (MD->isImplicit() || MD->isDefaulted())
    return false;
  return MD->getCanonicalDecl()->getAccess() != clang::AS_private;
}

} // namespace

EntryKind RoleClassifier::entryKind(const clang::FunctionDecl *FD) {
  // An explicit marking makes an entry point of anything.
  if (hasAnnotation(FD, "onex::reducer"))
    return EntryKind::Reducer;
  bool MarkedPure = isMarkedPure(FD);
  std::string Name = qualifiedName(FD);
  bool Named = Config.ReducerFunctions && Config.ReducerFunctions->match(Name);
  // Entry points come from the user's code: a pattern (a stress run's
  // '.*') never makes one of a platform function such as
  // std::this_thread::get_id; only a marking or the exact name does.
  if (isPlatformLocation(FD->getASTContext().getSourceManager(),
                         FD->getLocation())) {
    if (Named && namesExactly(Config.Options.ReducerFunctions, Name))
      return EntryKind::Reducer;
    return MarkedPure ? EntryKind::PureFunction : EntryKind::None;
  }
  if (const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD))
    if (isReducerClass(MD->getParent()) && isReducerInterface(MD))
      return EntryKind::Reducer;
  if (Named)
    return EntryKind::Reducer;
  if (MarkedPure)
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
