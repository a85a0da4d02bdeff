//===- CallRules.cpp ------------------------------------------------------===//

#include "checker/CallRules.h"
#include "checker/AstNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include <cassert>

namespace onex {

namespace {

/// The object a chain of stream insertions or fluent calls starts from:
/// `std::cout << a << b` is a call on std::cout, and `oss << a << b` on an
/// ostringstream, even though the outer call's object is a basic_ostream&.
const clang::Expr *rootObject(const clang::Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(E)) {
      auto Kind = Op->getOperator();
      if ((Kind == clang::OO_LessLess || Kind == clang::OO_GreaterGreater) &&
          Op->getNumArgs() == 2) {
        E = Op->getArg(0);
        continue;
      }
    }
    if (const auto *MC = llvm::dyn_cast<clang::CXXMemberCallExpr>(E)) {
      const clang::CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && MD->getReturnType()->isLValueReferenceType() &&
          MD->getReturnType()->getPointeeCXXRecordDecl()) {
        E = MC->getImplicitObjectArgument();
        continue;
      }
    }
    return E;
  }
  return nullptr;
}

const clang::CXXRecordDecl *classOf(const clang::Expr *E) {
  if (!E)
    return nullptr;
  clang::QualType T = E->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return T->getAsCXXRecordDecl();
}

/// "on 'std::cout'" for a call on a named variable, empty otherwise.
std::string objectPhrase(const clang::Expr *Root) {
  const auto *Ref = llvm::dyn_cast_or_null<clang::DeclRefExpr>(Root);
  if (!Ref)
    return "";
  const auto *VD = llvm::dyn_cast<clang::VarDecl>(Ref->getDecl());
  if (!VD)
    return "";
  std::string Name = VD->hasGlobalStorage() && !VD->isStaticLocal()
                         ? qualifiedName(VD)
                         : VD->getNameAsString();
  return " on '" + Name + "'";
}

} // namespace

const CallRules::CalleeInfo &
CallRules::calleeInfo(const clang::FunctionDecl *FD) {
  FD = FD->getCanonicalDecl();
  auto It = Callees.find(FD);
  if (It != Callees.end())
    return It->second;
  CalleeInfo Info;
  Info.QualifiedName = qualifiedName(FD);
  llvm::StringRef Last =
      llvm::StringRef(Info.QualifiedName).rsplit("::").second;
  if (Last.empty())
    Last = Info.QualifiedName;
  Info.ByName = Rules.matchFunction(Info.QualifiedName, Last);
  Info.ByHeader = headerRule(FD);
  return Callees[FD] = std::move(Info);
}

const Rule *CallRules::headerRule(const clang::FunctionDecl *FD) {
  clang::SourceLocation L = SM.getExpansionLoc(FD->getLocation());
  if (L.isInvalid())
    return nullptr;
  clang::FileID File = SM.getFileID(L);
  auto [It, Inserted] = HeaderRules.try_emplace(File, nullptr);
  if (Inserted)
    if (clang::OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File))
      It->second = Rules.matchHeader(Entry->getName());
  return It->second;
}

const std::vector<std::string> &
CallRules::hierarchy(const clang::CXXRecordDecl *RD) {
  RD = RD->getCanonicalDecl();
  auto It = Hierarchies.find(RD);
  if (It != Hierarchies.end())
    return It->second;
  std::vector<std::string> Names;
  std::vector<const clang::CXXRecordDecl *> Work{RD};
  for (size_t I = 0; I < Work.size(); ++I) {
    Names.push_back(qualifiedName(Work[I]));
    const clang::CXXRecordDecl *Def = Work[I]->getDefinition();
    if (!Def)
      continue;
    for (const clang::CXXBaseSpecifier &Base : Def->bases())
      if (const clang::CXXRecordDecl *B = Base.getType()->getAsCXXRecordDecl())
        if (std::find(Work.begin(), Work.end(), B) == Work.end())
          Work.push_back(B);
  }
  return Hierarchies[RD] = std::move(Names);
}

std::optional<RuleHit> CallRules::matchCall(const clang::FunctionDecl *Callee,
                                            const clang::Expr *Object,
                                            bool UseTypeRules) {
  const CalleeInfo &Info = calleeInfo(Callee);
  if (Info.ByName)
    return RuleHit{Info.ByName, "call to '" + Info.QualifiedName + "'"};

  // Class rules cover member calls, and free functions of the platform that
  // take the object first (operator<< on a stream, std::getline).
  const clang::Expr *Root = rootObject(Object);
  const clang::CXXRecordDecl *Class = classOf(Root);
  const auto *Method = llvm::dyn_cast<clang::CXXMethodDecl>(Callee);
  if (Method && !llvm::isa<clang::CXXDestructorDecl>(Method) &&
      (!Class || !Class->isDerivedFrom(Method->getParent())))
    Class = Method->getParent();
  bool FreePlatformFunction =
      !Method && isPlatformLocation(SM, Callee->getLocation());
  if (UseTypeRules && Class && (Method || FreePlatformFunction) &&
      !llvm::isa<clang::CXXDestructorDecl>(Callee)) {
    if (const Rule *R =
            Rules.matchType(hierarchy(Class), Callee->getNameAsString())) {
      std::string Phrase = objectPhrase(Root);
      std::string What =
          Phrase.empty()
              ? "call to '" + Info.QualifiedName + "'"
              : "call to '" + Callee->getNameAsString() + "'" + Phrase;
      return RuleHit{R, What};
    }
  }
  if (Info.ByHeader)
    return RuleHit{Info.ByHeader, "call to '" + Info.QualifiedName + "'"};
  return std::nullopt;
}

std::optional<RuleHit>
CallRules::matchConstruction(const clang::CXXConstructorDecl *Ctor) {
  const std::vector<std::string> &Names = hierarchy(Ctor->getParent());
  if (const Rule *R = Rules.matchType(Names, ""))
    return RuleHit{R, "construction of '" + Names.front() + "'"};
  return std::nullopt;
}

const Rule *CallRules::describingRule(const clang::CXXRecordDecl *Class,
                                      Category Describing) {
  assert(isDescriptive(Describing) && "only descriptive rules describe types");
  return Rules.matchType(hierarchy(Class), "", nullptr, Describing);
}

const Rule *CallRules::functionRule(const clang::FunctionDecl *Callee,
                                    Category Describing) {
  const CalleeInfo &Info = calleeInfo(Callee);
  llvm::StringRef Last =
      llvm::StringRef(Info.QualifiedName).rsplit("::").second;
  return Rules.matchFunction(
      Info.QualifiedName, Last.empty() ? Info.QualifiedName : Last, Describing);
}

bool CallRules::writesArguments(const clang::FunctionDecl *Callee) {
  return functionRule(Callee, Category::ArgumentWriter) != nullptr;
}

bool CallRules::isAllocator(const clang::FunctionDecl *Callee) {
  if (functionRule(Callee, Category::Allocator))
    return true;
  const auto *Method = llvm::dyn_cast<clang::CXXMethodDecl>(Callee);
  return Method && Rules.matchType(hierarchy(Method->getParent()), "", nullptr,
                                   Category::Allocator);
}

bool CallRules::isMutator(const clang::CXXMethodDecl *Method) {
  if (Method->isConst() || !Method->getIdentifier())
    return false;
  return Rules.matchType(hierarchy(Method->getParent()), Method->getName(),
                         nullptr, Category::Mutator) != nullptr;
}

const Rule *CallRules::typeRule(const clang::CXXRecordDecl *Class) {
  return Rules.matchType(hierarchy(Class), "");
}

bool CallRules::hasTypeRule(const clang::CXXRecordDecl *Class) {
  return typeRule(Class) != nullptr;
}

} // namespace onex
