//===- IntentVocabulary.cpp -----------------------------------------------===//

#include "checker/IntentVocabulary.h"
#include "checker/AstNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

namespace onex {

bool IntentVocabulary::isModel(const clang::CXXRecordDecl *RD) const {
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD)
    return false;
  auto Matches = [&](const clang::CXXRecordDecl *C) {
    std::string Name = qualifiedName(C);
    return llvm::any_of(Config.ModelBases,
                        [&](const NamePattern &P) { return P.matches(Name); });
  };
  if (Matches(RD))
    return false; // The base itself is not a payload.
  return !RD->forallBases(
      [&](const clang::CXXRecordDecl *Base) { return !Matches(Base); });
}

const clang::CXXRecordDecl *
IntentVocabulary::intentRecord(const clang::CXXRecordDecl *RD) const {
  if (!RD)
    return nullptr;
  auto [It, New] = KnownIntents.try_emplace(RD, false);
  if (New)
    It->second = computeIntentRecord(RD) != nullptr;
  return It->second ? RD : nullptr;
}

const clang::CXXRecordDecl *
IntentVocabulary::computeIntentRecord(const clang::CXXRecordDecl *RD) const {
  std::string Name = qualifiedName(RD);
  for (const NamePattern &P : Config.IntentTypes)
    if (P.matches(Name))
      return RD;
  // Found like reducers: by the naming convention (ModelOrderIntent) ...
  if (Config.IntentName && RD->getIdentifier() &&
      Config.IntentName->match(RD->getName()))
    return RD;
  // ... or as a class template whose payload member (payload-field rules)
  // holds what the template is given: template <class P> struct Envelope
  // { P payload; }.
  const auto *Spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(RD);
  if (!Spec || isPlatformLocation(Ctx.getSourceManager(), RD->getLocation()))
    return nullptr;
  const clang::CXXRecordDecl *Pattern =
      Spec->getSpecializedTemplate()->getTemplatedDecl();
  for (const clang::FieldDecl *Field : Pattern->fields())
    if (Rules.isPayloadField(Field->getName()) &&
        Field->getType()->isDependentType())
      return RD;
  return nullptr;
}

clang::QualType
IntentVocabulary::payloadType(const clang::CXXRecordDecl *Intent) const {
  if (const clang::CXXRecordDecl *Def = Intent->getDefinition()) {
    for (const clang::FieldDecl *Field : Def->fields())
      if (Rules.isPayloadField(Field->getName()))
        return Field->getType();
    return {};
  }
  // Named but never instantiated (a declaration's return type): read the
  // member from the template and substitute the argument by position.
  const auto *Spec =
      llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(Intent);
  if (!Spec)
    return {};
  const clang::CXXRecordDecl *Pattern =
      Spec->getSpecializedTemplate()->getTemplatedDecl();
  if (!Pattern->hasDefinition())
    return {};
  for (const clang::FieldDecl *Field : Pattern->getDefinition()->fields()) {
    if (!Rules.isPayloadField(Field->getName()))
      continue;
    const auto *Parm = Field->getType()->getAs<clang::TemplateTypeParmType>();
    const clang::TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Parm && Parm->getDepth() == 0 && Parm->getIndex() < Args.size() &&
        Args[Parm->getIndex()].getKind() == clang::TemplateArgument::Type)
      return Args[Parm->getIndex()].getAsType();
  }
  return {};
}

const clang::CXXRecordDecl *
IntentVocabulary::carriedModel(clang::QualType T) const {
  if (T.isNull() || T->isDependentType())
    return nullptr;
  const clang::CXXRecordDecl *RD =
      T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return nullptr;
  if (isModel(RD))
    return RD->getDefinition();
  if (!intentRecord(RD))
    return nullptr;
  clang::QualType Payload = payloadType(RD);
  const clang::CXXRecordDecl *Model =
      Payload.isNull() ? nullptr : Payload->getAsCXXRecordDecl();
  return isModel(Model) ? Model->getDefinition() : nullptr;
}

std::string IntentVocabulary::spell(clang::QualType T) const {
  clang::PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  Policy.FullyQualifiedName = true;
  Policy.SuppressUnwrittenScope = true;
  Policy.SuppressInlineNamespace = llvm::to_underlying(
      clang::PrintingPolicy::SuppressInlineNamespaceMode::All);
  return T.getNonReferenceType()
      .getCanonicalType()
      .getUnqualifiedType()
      .getAsString(Policy);
}

std::optional<IntentKey> IntentVocabulary::keyOf(clang::QualType T) const {
  const clang::CXXRecordDecl *Model = carriedModel(T);
  if (!Model)
    return std::nullopt;
  IntentKey Key;
  Key.Model = spell(Ctx.getCanonicalTagType(Model));
  Key.Spelling = spell(T);
  return Key;
}

std::optional<std::string>
IntentVocabulary::intentTypeConstant(const clang::Expr *E) const {
  for (unsigned Depth = 0; E && Depth < 16; ++Depth) {
    E = peelValueWrappers(E);
    if (const auto *S = llvm::dyn_cast<clang::StringLiteral>(E))
      return "\"" + S->getString().str() + "\"";
    const auto *Ref = llvm::dyn_cast<clang::DeclRefExpr>(E);
    if (!Ref)
      return std::nullopt;
    if (const auto *Enumerator =
            llvm::dyn_cast<clang::EnumConstantDecl>(Ref->getDecl()))
      return qualifiedName(Enumerator);
    const auto *Var = llvm::dyn_cast<clang::VarDecl>(Ref->getDecl());
    if (!Var || !(Var->isConstexpr() || Var->getType().isConstQualified()))
      return std::nullopt;
    E = Var->getInit();
  }
  return std::nullopt;
}

const clang::MemberExpr *
IntentVocabulary::intentTypeMember(const clang::Expr *E) const {
  const auto *Member =
      llvm::dyn_cast<clang::MemberExpr>(E->IgnoreImplicit()->IgnoreParens());
  const auto *Field =
      Member ? llvm::dyn_cast<clang::FieldDecl>(Member->getMemberDecl())
             : nullptr;
  if (!Field || !isIntentTypeField(Field))
    return nullptr;
  const auto *Intent = llvm::dyn_cast<clang::CXXRecordDecl>(Field->getParent());
  return Intent && intentRecord(Intent) ? Member : nullptr;
}

void IntentVocabulary::forEachTypeFieldInit(
    const clang::InitListExpr *Init,
    llvm::function_ref<void(const clang::FieldDecl *, const clang::Expr *)>
        Visit) const {
  const clang::CXXRecordDecl *RD = Init->getType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || !intentRecord(RD))
    return;
  unsigned Index = RD->getNumBases();
  for (const clang::FieldDecl *Field : RD->fields()) {
    if (Index >= Init->getNumInits())
      return;
    const clang::Expr *Value = Init->getInit(Index++);
    if (isIntentTypeField(Field) &&
        !llvm::isa<clang::ImplicitValueInitExpr, clang::CXXDefaultInitExpr>(
            Value))
      Visit(Field, Value);
  }
}

} // namespace onex
