//===- IntentSites.cpp ----------------------------------------------------===//

#include "checker/IntentSites.h"
#include "checker/AstNames.h"
#include "checker/StableSort.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringSet.h"

namespace onex {

namespace {

/// The intent whose type field Member reads, narrowed to Type.
IntentKey narrowedTo(const clang::MemberExpr *Member, std::string Type,
                     const IntentVocabulary &Intents) {
  clang::QualType Object = memberObjectType(Member);
  IntentKey Key = Intents.keyOf(Object).value_or(IntentKey{});
  if (Key.Spelling.empty())
    Key.Spelling = Intents.spell(Object); // An intent of no single model.
  Key.Type = std::move(Type);
  return Key;
}

/// Template names whose type arguments test which intent a value is.
bool isTypeTest(llvm::StringRef Name) {
  return llvm::is_contained({"std::is_same_v", "std::is_same",
                             "std::holds_alternative", "std::get_if",
                             "std::get", "std::is_base_of_v"},
                            Name);
}

class HandlerFinder : public clang::RecursiveASTVisitor<HandlerFinder> {
public:
  explicit HandlerFinder(const IntentVocabulary &Intents) : Intents(Intents) {}

  void parameter(const clang::ParmVarDecl *P) {
    if (P && !P->getType()->isDependentType())
      add(Intents.keyOf(P->getType()), P->getLocation());
  }

  bool VisitLambdaExpr(clang::LambdaExpr *E) {
    const clang::CXXMethodDecl *Call = E->getCallOperator();
    if (Call->getNumParams() > 0)
      parameter(Call->getParamDecl(0));
    return true;
  }

  bool VisitCallExpr(clang::CallExpr *E) {
    const clang::FunctionDecl *Callee = E->getDirectCallee();
    if (!Callee || E->getNumArgs() == 0 ||
        qualifiedName(Callee) != "std::visit")
      return true;
    // A visitor class of the user's own: each call operator is an arm.
    const clang::CXXRecordDecl *Visitor =
        E->getArg(0)->getType()->getAsCXXRecordDecl();
    if (Visitor && Visitor->hasDefinition())
      visitorArms(Visitor->getDefinition());
    return true;
  }

  bool VisitDeclRefExpr(clang::DeclRefExpr *E) {
    if (E->hasExplicitTemplateArgs() && isTypeTest(qualifiedName(E->getDecl())))
      typeTest(E->template_arguments(), E->getBeginLoc());
    return true;
  }
  bool VisitUnresolvedLookupExpr(clang::UnresolvedLookupExpr *E) {
    if (E->hasExplicitTemplateArgs() && E->getNumDecls() > 0 &&
        isTypeTest(qualifiedName(*E->decls_begin())))
      typeTest(E->template_arguments(), E->getBeginLoc());
    return true;
  }
  bool
  VisitTemplateSpecializationTypeLoc(clang::TemplateSpecializationTypeLoc TL) {
    const clang::TemplateDecl *T =
        TL.getTypePtr()->getTemplateName().getAsTemplateDecl();
    if (!T || !isTypeTest(qualifiedName(T)))
      return true;
    for (unsigned I = 0; I < TL.getNumArgs(); ++I)
      typeArgument(TL.getArgLoc(I), TL.getBeginLoc());
    return true;
  }

  bool VisitSwitchStmt(clang::SwitchStmt *S) {
    const clang::MemberExpr *Read =
        S->getCond() ? Intents.intentTypeMember(S->getCond()) : nullptr;
    if (!Read)
      return true;
    // Cases are listed last to first.
    llvm::SmallVector<const clang::CaseStmt *, 8> Cases;
    for (const clang::SwitchCase *C = S->getSwitchCaseList(); C;
         C = C->getNextSwitchCase())
      if (const auto *Case = llvm::dyn_cast<clang::CaseStmt>(C))
        Cases.push_back(Case);
    for (const clang::CaseStmt *Case : llvm::reverse(Cases))
      if (auto Type = Intents.intentTypeConstant(Case->getLHS()))
        add(narrowedTo(Read, *Type, Intents), Case->getBeginLoc());
    return true;
  }

  bool VisitBinaryOperator(clang::BinaryOperator *E) {
    if (E->getOpcode() == clang::BO_EQ)
      equality(E->getLHS(), E->getRHS(), E->getOperatorLoc());
    return true;
  }
  bool VisitCXXOperatorCallExpr(clang::CXXOperatorCallExpr *E) {
    if (E->getOperator() == clang::OO_EqualEqual && E->getNumArgs() == 2)
      equality(E->getArg(0), E->getArg(1), E->getOperatorLoc());
    return true;
  }

  /// The intents found, in source order; a function that narrows a model
  /// to some intent types handles that model for those types only.
  std::vector<HandledIntent> take(const clang::SourceManager &SM) {
    llvm::StringSet<> Narrowed;
    for (const HandledIntent &H : Found)
      if (!H.Intent.Type.empty())
        Narrowed.insert(H.Intent.Model);
    std::vector<HandledIntent> Result;
    for (HandledIntent &H : Found)
      if (!H.Intent.Type.empty() || !Narrowed.contains(H.Intent.Model))
        Result.push_back(std::move(H));
    stableSort(Result, [&](const HandledIntent &A, const HandledIntent &B) {
      return SM.isBeforeInTranslationUnit(A.Where, B.Where);
    });
    return Result;
  }

private:
  void add(std::optional<IntentKey> Key, clang::SourceLocation Where) {
    if (!Key)
      return;
    std::string Id = Key->Model + "|" + Key->Type;
    if (Seen.insert(Id).second)
      Found.push_back({std::move(*Key), Where});
  }

  void visitorArms(const clang::CXXRecordDecl *Visitor) {
    if (Visitor->isLambda())
      return; // Its parameter is found with the lambda.
    for (const clang::CXXMethodDecl *M : Visitor->methods())
      if (M->getOverloadedOperator() == clang::OO_Call && M->getNumParams() > 0)
        parameter(M->getParamDecl(0));
    for (const clang::CXXBaseSpecifier &B : Visitor->bases())
      if (const auto *Base = B.getType()->getAsCXXRecordDecl())
        if (Base->hasDefinition())
          visitorArms(Base->getDefinition());
  }

  void typeTest(llvm::ArrayRef<clang::TemplateArgumentLoc> Args,
                clang::SourceLocation Where) {
    for (const clang::TemplateArgumentLoc &Arg : Args)
      typeArgument(Arg, Where);
  }
  void typeArgument(const clang::TemplateArgumentLoc &Arg,
                    clang::SourceLocation Where) {
    if (Arg.getArgument().getKind() != clang::TemplateArgument::Type)
      return;
    clang::QualType T = Arg.getArgument().getAsType();
    if (!T->isDependentType())
      add(Intents.keyOf(T), Where);
  }

  void equality(const clang::Expr *L, const clang::Expr *R,
                clang::SourceLocation Where) {
    const clang::MemberExpr *Read = Intents.intentTypeMember(L);
    const clang::Expr *Value = R;
    if (!Read) {
      Read = Intents.intentTypeMember(R);
      Value = L;
    }
    if (!Read)
      return;
    if (auto Type = Intents.intentTypeConstant(Value))
      add(narrowedTo(Read, *Type, Intents), Where);
  }

  const IntentVocabulary &Intents;
  std::vector<HandledIntent> Found;
  llvm::StringSet<> Seen;
};

} // namespace

std::optional<IntentKey> intentBuiltBy(const clang::Expr *E,
                                       const IntentVocabulary &Intents) {
  if (E->isValueDependent() || E->isTypeDependent())
    return std::nullopt;
  const clang::CXXRecordDecl *RD = E->getType()->getAsCXXRecordDecl();
  if (!RD || !Intents.intentRecord(RD))
    return std::nullopt;
  std::optional<IntentKey> Key = Intents.keyOf(E->getType());
  if (!Key)
    return std::nullopt;
  if (const auto *Init = llvm::dyn_cast<clang::InitListExpr>(E)) {
    Intents.forEachTypeFieldInit(
        Init, [&](const clang::FieldDecl *, const clang::Expr *Value) {
          Key->Type = Intents.intentTypeConstant(Value).value_or("");
        });
    return Key;
  }
  const auto *Build = llvm::dyn_cast<clang::CXXConstructExpr>(E);
  if (!Build || Build->getConstructor()->isCopyOrMoveConstructor())
    return std::nullopt;
  // A constructor parameter named like the type field sets it.
  const clang::CXXConstructorDecl *Ctor = Build->getConstructor();
  for (unsigned I = 0; I < Build->getNumArgs() && I < Ctor->getNumParams(); ++I)
    if (Intents.isIntentTypeName(Ctor->getParamDecl(I)->getName()))
      Key->Type = Intents.intentTypeConstant(Build->getArg(I)).value_or("");
  return Key;
}

std::optional<IntentKey> modelPublishedBy(const clang::Expr *Arg,
                                          const IntentVocabulary &Intents) {
  const clang::CXXRecordDecl *RD =
      Arg->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || Intents.intentRecord(RD) || !Intents.isModel(RD))
    return std::nullopt;
  return Intents.keyOf(Arg->getType());
}

std::vector<HandledIntent> intentsHandledBy(const clang::FunctionDecl *Def,
                                            const IntentVocabulary &Intents) {
  HandlerFinder Finder(Intents);
  const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(Def);
  if (!(MD && buildsItsObject(MD)))
    for (const clang::ParmVarDecl *P : Def->parameters())
      Finder.parameter(P);
  if (Def->getBody())
    Finder.TraverseStmt(Def->getBody());
  return Finder.take(Def->getASTContext().getSourceManager());
}

} // namespace onex
