//===- IntentSites.cpp ----------------------------------------------------===//

#include "checker/IntentSites.h"
#include "checker/AstNames.h"
#include "checker/ParamFlow.h"
#include "checker/StableSort.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/SaveAndRestore.h"
#include <deque>

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

/// An intent a value holds; Variant names the variant it is an
/// alternative of (empty: held as itself), whose visit arms narrow it.
struct HeldIntent {
  IntentKey Key;
  std::string Variant;
};

/// Bounds the descent into nested template arguments.
constexpr unsigned MaxHoldingDepth = 6;

void collectHeld(clang::QualType T, const IntentVocabulary &Intents,
                 llvm::StringRef Variant, unsigned Depth,
                 std::vector<HeldIntent> &Out) {
  T = T.getNonReferenceType();
  while (T->isPointerType() || T->isArrayType())
    T = T->isPointerType()
            ? T->getPointeeType()
            : clang::QualType(T->getArrayElementTypeNoTypeQual(), 0);
  if (T->isDependentType() || Depth > MaxHoldingDepth)
    return;
  if (std::optional<IntentKey> Key = Intents.keyOf(T)) {
    Out.push_back({std::move(*Key), Variant.str()});
    return;
  }
  const auto *Spec =
      llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(
          T->getAsCXXRecordDecl());
  if (!Spec)
    return;
  bool IsVariant =
      qualifiedName(Spec->getSpecializedTemplate()) == "std::variant";
  std::string Inner =
      IsVariant && Variant.empty() ? Intents.spell(T) : Variant.str();
  for (const clang::TemplateArgument &Arg : Spec->getTemplateArgs().asArray()) {
    if (Arg.getKind() == clang::TemplateArgument::Type)
      collectHeld(Arg.getAsType(), Intents, Inner, Depth + 1, Out);
    else if (Arg.getKind() == clang::TemplateArgument::Pack)
      for (const clang::TemplateArgument &P : Arg.pack_elements())
        if (P.getKind() == clang::TemplateArgument::Type)
          collectHeld(P.getAsType(), Intents, Inner, Depth + 1, Out);
  }
}

std::vector<HeldIntent> heldIntents(clang::QualType T,
                                    const IntentVocabulary &Intents) {
  std::vector<HeldIntent> Held;
  collectHeld(T, Intents, "", 0, Held);
  return Held;
}

const clang::Expr *stripped(const clang::Expr *E) {
  return E->IgnoreImplicit()->IgnoreParenImpCasts();
}

/// The bundle field E names: a field, holding intents, of a class that is
/// not itself an intent (`in.persist`, `this->pending_`).
std::optional<std::pair<std::string, std::string>>
bundleFieldOf(const clang::Expr *E, const IntentVocabulary &Intents) {
  const auto *ME = llvm::dyn_cast<clang::MemberExpr>(stripped(E));
  const auto *Field =
      ME ? llvm::dyn_cast<clang::FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (!Field ||
      Intents.intentRecord(
          llvm::dyn_cast<clang::CXXRecordDecl>(Field->getParent())) ||
      !holdsIntents(Field->getType(), Intents))
    return std::nullopt;
  return std::pair{qualifiedName(Field->getParent()), Field->getName().str()};
}

bool isPlatform(const clang::Decl *D) {
  return isPlatformLocation(D->getASTContext().getSourceManager(),
                            D->getLocation());
}

class HandlerFinder : public clang::RecursiveASTVisitor<HandlerFinder> {
public:
  HandlerFinder(const clang::FunctionDecl *Def, const IntentVocabulary &Intents)
      : Intents(Intents), Flow(Def, /*CopiesAreRoots=*/true) {}

  /// A parameter of an intent or model type: the function's own (Own: one
  /// overload per intent), or the first of a visit arm.
  void parameter(const clang::ParmVarDecl *P, bool Own = false) {
    if (!P || P->getType()->isDependentType())
      return;
    if (std::optional<IntentKey> Key = Intents.keyOf(P->getType())) {
      HandledIntent H;
      H.Intent = std::move(*Key);
      H.Where = P->getLocation();
      if (Own)
        H.Param = ParamFlow::indexOf(P);
      tagWithArmField(H);
      add(std::move(H));
    }
  }

  /// A visit arm's site reads the field the visited variant came from.
  void tagWithArmField(HandledIntent &H) const {
    if (ArmField && H.Bundle.empty()) {
      H.Bundle = ArmField->first;
      H.Field = ArmField->second;
    }
  }

  // Where values come from: a range-for's variable is an element of its
  // range (through the hidden __range and __begin), a local reference or
  // copy is what it is initialised with. Taking an element is no read by
  // itself; what the code does with the element is.
  bool VisitCXXForRangeStmt(clang::CXXForRangeStmt *S) {
    if (const clang::DeclStmt *Range = S->getRangeStmt())
      for (const clang::Decl *D : Range->decls())
        if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(D))
          aliasLocal(VD);
    if (const clang::DeclStmt *Begin = S->getBeginStmt())
      for (const clang::Decl *D : Begin->decls())
        if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(D))
          aliasLocal(VD);
    // What the loop does with an element is a read of the range there.
    if (S->getLoopVariable() && S->getRangeInit())
      WhereOfElement[S->getLoopVariable()] = S->getRangeInit()->getExprLoc();
    return true;
  }
  bool VisitVarDecl(clang::VarDecl *VD) {
    aliasLocal(VD);
    return true;
  }

  // Reads of what a parameter holds: a field or member of the intent.
  bool VisitMemberExpr(clang::MemberExpr *E) {
    // A field of an intent or model (`i.payload`, `in.current.intent_type`);
    // a container's members are calls (memberCall).
    if (llvm::isa<clang::FieldDecl>(E->getMemberDecl()) &&
        Intents.keyOf(E->getBase()->getType()->isPointerType()
                          ? E->getBase()->getType()->getPointeeType()
                          : E->getBase()->getType()))
      read(E->getBase());
    return true;
  }

  bool VisitLambdaExpr(clang::LambdaExpr *E) {
    auto Field = FieldOfArm.find(E);
    llvm::SaveAndRestore Restore(ArmField, Field == FieldOfArm.end()
                                               ? std::nullopt
                                               : std::optional(Field->second));
    const clang::CXXMethodDecl *Call = E->getCallOperator();
    if (Call->getNumParams() > 0)
      parameter(Call->getParamDecl(0));
    if (const clang::FunctionTemplateDecl *Generic =
            E->getDependentCallOperator())
      genericArms(Generic);
    return true;
  }

  bool VisitCallExpr(clang::CallExpr *E) {
    const clang::FunctionDecl *Callee = E->getDirectCallee();
    arguments(E, Callee);
    if (const auto *Member = llvm::dyn_cast<clang::CXXMemberCallExpr>(E))
      memberCall(Member);
    if (!Callee || E->getNumArgs() == 0 ||
        qualifiedName(Callee) != "std::visit")
      return true;
    // The arms read the field the visited variant comes from.
    std::optional<std::pair<std::string, std::string>> Field;
    for (unsigned I = 1; I < E->getNumArgs() && !Field; ++I)
      Field = fieldReadBy(E->getArg(I));
    if (Field)
      markArms(E->getArg(0), *Field, 0);
    llvm::SaveAndRestore Restore(ArmField, Field);
    // A visitor class of the user's own: each call operator is an arm.
    const clang::CXXRecordDecl *Visitor =
        E->getArg(0)->getType()->getAsCXXRecordDecl();
    if (Visitor && Visitor->hasDefinition())
      visitorArms(Visitor->getDefinition());
    return true;
  }

  /// Notes the field of the lambdas in a visitor expression
  /// (`Overloaded{[&](const A &a) {...}, ...}`), found when visited.
  void markArms(const clang::Stmt *S,
                const std::pair<std::string, std::string> &Field,
                unsigned Depth) {
    if (!S || Depth > MaxHoldingDepth)
      return;
    if (const auto *Lambda = llvm::dyn_cast<clang::LambdaExpr>(S)) {
      FieldOfArm[Lambda] = Field;
      return;
    }
    for (const clang::Stmt *Child : S->children())
      markArms(Child, Field, Depth + 1);
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
  /// to some intent types handles that model for those types only, and
  /// one whose arms or type tests name alternatives of a variant handles
  /// those alternatives only.
  std::vector<HandledIntent> take(const clang::SourceManager &SM) {
    llvm::StringSet<> Narrowed;
    llvm::StringSet<> Named; // Models taken as themselves.
    for (const HandledIntent &H : Found) {
      if (!H.Intent.Type.empty())
        Narrowed.insert(H.Intent.Model);
      if (!VariantOf.count(&H))
        Named.insert(H.Intent.Model);
    }
    llvm::StringSet<> ArmedVariants;
    for (const auto &Variant : VariantModels)
      for (const auto &Model : Variant.getValue())
        if (Named.contains(Model.getKey()))
          ArmedVariants.insert(Variant.getKey());
    auto IsNarrowed = [&](const HandledIntent &H) {
      return H.Intent.Type.empty() && Narrowed.contains(H.Intent.Model);
    };
    // The narrowing cases stand for the read they narrow, and say which
    // field it read.
    for (const HandledIntent &H : Found)
      if (IsNarrowed(H) && !H.Bundle.empty())
        for (HandledIntent &N : Found)
          if (N.Intent.Model == H.Intent.Model && !N.Intent.Type.empty() &&
              N.Bundle.empty()) {
            N.Bundle = H.Bundle;
            N.Field = H.Field;
          }
    std::vector<HandledIntent> Result;
    for (HandledIntent &H : Found) {
      auto Variant = VariantOf.find(&H);
      if ((Variant != VariantOf.end() &&
           ArmedVariants.contains(Variant->second)) ||
          IsNarrowed(H))
        continue;
      Result.push_back(std::move(H));
    }
    stableSort(Result, [&](const HandledIntent &A, const HandledIntent &B) {
      return SM.isBeforeInTranslationUnit(A.Where, B.Where);
    });
    return Result;
  }

private:
  void add(std::optional<IntentKey> Key, clang::SourceLocation Where) {
    if (!Key)
      return;
    HandledIntent H;
    H.Intent = std::move(*Key);
    H.Where = Where;
    add(std::move(H));
  }
  void add(HandledIntent H, llvm::StringRef Variant = "") {
    std::string Id = H.Intent.Model + "|" + H.Intent.Type + "|" + H.Bundle +
                     "|" + H.Field + "|" + std::string(Variant) + "|" +
                     (H.ForwardTo ? qualifiedName(H.ForwardTo) : "") + "|" +
                     std::to_string(H.ForwardParam) + "|" +
                     std::to_string(H.Param);
    if (!Seen.insert(Id).second)
      return;
    // Found is a deque: VariantOf keys on the elements' addresses.
    Found.push_back(std::move(H));
    if (!Variant.empty()) {
      VariantOf[&Found.back()] = Variant.str();
      VariantModels[Variant].insert(Found.back().Intent.Model);
    }
  }

  /// A generic arm (`[&](const auto &i) { store(i); }`, a template call
  /// operator) handles the intent of each instantiation whose body reads
  /// its parameter; `[](const auto &) {}` drops them all.
  void genericArms(const clang::FunctionTemplateDecl *Generic) {
    for (const clang::FunctionDecl *Arm : Generic->specializations()) {
      if (!Arm->doesThisDeclarationHaveABody() || Arm->getNumParams() == 0)
        continue;
      const clang::ParmVarDecl *P = Arm->getParamDecl(0);
      std::optional<IntentKey> Key = Intents.keyOf(P->getType());
      if (!Key)
        continue;
      HandlerFinder Body(Arm, Intents);
      Body.TraverseStmt(Arm->getBody());
      unsigned Index = ParamFlow::indexOf(P);
      if (llvm::any_of(Body.Found, [&](const HandledIntent &H) {
            return H.Param == Index;
          })) {
        HandledIntent H;
        H.Intent = std::move(*Key);
        H.Where = P->getLocation();
        tagWithArmField(H);
        add(std::move(H));
      }
    }
  }

  /// E, which may hold intents, is read (its elements, its value): if it
  /// comes from a parameter or the object, the function handles what it
  /// holds there; with ForwardTo, where that function's reads do.
  void read(const clang::Expr *E, clang::SourceLocation Where = {},
            const clang::FunctionDecl *ForwardTo = nullptr,
            unsigned ForwardParam = 0) {
    if (E->isTypeDependent() || E->isValueDependent())
      return;
    const clang::Expr *Value = stripped(E);
    std::vector<HeldIntent> Held = heldIntents(Value->getType(), Intents);
    if (Held.empty())
      return;
    // A pointer, or an iterator into a container, leads to what it
    // points into.
    std::optional<unsigned> Root = Value->getType()->isPointerType()
                                       ? Flow.pointeeOf(Value)
                                       : Flow.rootOf(Value);
    if (!Root && Value->getType()->isRecordType())
      Root = Flow.pointeeOf(Value);
    if (!Root)
      return;
    std::optional<std::pair<std::string, std::string>> Field =
        fieldReadBy(Value);
    if (Where.isInvalid()) {
      Where = Value->getExprLoc();
      if (const auto *Ref = llvm::dyn_cast<clang::DeclRefExpr>(Value))
        if (auto It = WhereOfElement.find(Ref->getDecl());
            It != WhereOfElement.end())
          Where = It->second;
    }
    for (HeldIntent &I : Held) {
      HandledIntent H;
      H.Intent = std::move(I.Key);
      H.Where = Where;
      if (Field) {
        H.Bundle = Field->first;
        H.Field = Field->second;
      }
      H.Param = *Root;
      H.ForwardTo = ForwardTo;
      H.ForwardParam = ForwardParam;
      add(std::move(H), I.Variant);
    }
  }

  /// Arguments that hold intents: read by the library (std::for_each over
  /// a range, std::visit, std::move), or by an unknown callee; handed to a
  /// function of the program, forwarded to its parameter.
  void arguments(const clang::CallExpr *E, const clang::FunctionDecl *Callee) {
    // Operators have their own rules; a visit is handled by its arms, a
    // type test by the type it names.
    if (llvm::isa<clang::CXXOperatorCallExpr>(E) ||
        (Callee && (qualifiedName(Callee) == "std::visit" ||
                    isTypeTest(qualifiedName(Callee)))))
      return;
    for (unsigned I = 0; I < E->getNumArgs(); ++I) {
      const clang::Expr *Arg = E->getArg(I);
      if (!Callee || isPlatform(Callee) || I >= Callee->getNumParams()) {
        read(Arg);
        continue;
      }
      read(Arg, Arg->getExprLoc(), Callee,
           ParamFlow::indexOf(Callee->getParamDecl(I)));
    }
  }

  /// A member call on an intent or model of the user's own reads it; a
  /// library member (front, at, find, value) only hands out an element.
  void memberCall(const clang::CXXMemberCallExpr *E) {
    const clang::CXXMethodDecl *MD = E->getMethodDecl();
    const clang::Expr *Object = E->getImplicitObjectArgument();
    if (MD && Object && !isPlatform(MD))
      read(Object);
  }

  void aliasLocal(const clang::VarDecl *VD) {
    Flow.noteLocal(VD);
    if (VD->hasLocalStorage() && VD->getInit() &&
        !llvm::isa<clang::ParmVarDecl>(VD))
      if (auto Field = fieldReadBy(VD->getInit()))
        FieldOfAlias[VD] = *Field;
  }

  /// The bundle field E reads, directly or through an element of it or a
  /// local taken from it (`in.persist`, `in.persist[0]`, `*it`).
  std::optional<std::pair<std::string, std::string>>
  fieldReadBy(const clang::Expr *E) const {
    for (unsigned Depth = 0; E && Depth < MaxHoldingDepth * 2; ++Depth) {
      E = stripped(E);
      if (auto Field = bundleFieldOf(E, Intents))
        return Field;
      if (const auto *Ref = llvm::dyn_cast<clang::DeclRefExpr>(E)) {
        auto It = FieldOfAlias.find(Ref->getDecl());
        if (It == FieldOfAlias.end())
          return std::nullopt;
        return It->second;
      }
      if (const auto *Op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(E))
        E = Op->getNumArgs() ? Op->getArg(0) : nullptr;
      else if (const auto *Call = llvm::dyn_cast<clang::CXXMemberCallExpr>(E))
        E = Call->getImplicitObjectArgument();
      else if (const auto *UO = llvm::dyn_cast<clang::UnaryOperator>(E))
        E = UO->getSubExpr();
      else if (const auto *AS = llvm::dyn_cast<clang::ArraySubscriptExpr>(E))
        E = AS->getBase();
      else if (const auto *ME = llvm::dyn_cast<clang::MemberExpr>(E))
        E = ME->getBase(); // A part of an intent (`i.payload`).
      else
        return std::nullopt;
    }
    return std::nullopt;
  }

  void visitorArms(const clang::CXXRecordDecl *Visitor) {
    if (Visitor->isLambda())
      return; // Its parameter is found with the lambda.
    for (const clang::CXXMethodDecl *M : Visitor->methods())
      if (M->getOverloadedOperator() == clang::OO_Call && M->getNumParams() > 0)
        parameter(M->getParamDecl(0));
    for (const clang::Decl *D : Visitor->decls())
      if (const auto *T = llvm::dyn_cast<clang::FunctionTemplateDecl>(D))
        if (T->getTemplatedDecl()->getOverloadedOperator() == clang::OO_Call)
          genericArms(T);
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
  ParamFlow Flow;
  std::deque<HandledIntent> Found;
  llvm::StringSet<> Seen;
  /// The sites found as alternatives of a variant, and each variant's
  /// models.
  llvm::DenseMap<const HandledIntent *, std::string> VariantOf;
  llvm::StringMap<llvm::StringSet<>> VariantModels;
  /// Local references to a bundle field (`const auto &p = in.persist;`).
  llvm::DenseMap<const clang::Decl *, std::pair<std::string, std::string>>
      FieldOfAlias;
  /// The field a visit arm's variant comes from, while its arms are found.
  std::optional<std::pair<std::string, std::string>> ArmField;
  llvm::DenseMap<const clang::LambdaExpr *, std::pair<std::string, std::string>>
      FieldOfArm;
  /// Range-for variables: where their range is spelled.
  llvm::DenseMap<const clang::Decl *, clang::SourceLocation> WhereOfElement;
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

bool holdsIntents(clang::QualType T, const IntentVocabulary &Intents) {
  return !heldIntents(T, Intents).empty();
}

bool takesIntents(const clang::FunctionDecl *FD,
                  const IntentVocabulary &Intents) {
  return llvm::any_of(FD->parameters(), [&](const clang::ParmVarDecl *P) {
    return !P->getType()->isDependentType() &&
           holdsIntents(P->getType(), Intents);
  });
}

std::optional<std::pair<std::string, std::string>>
bundleFieldReceiving(const clang::Expr *E, clang::ASTContext &Ctx,
                     const IntentVocabulary &Intents) {
  // Up from the intent through what carries a value along (temporaries,
  // conversions, initializer lists of containers) to what stores it.
  clang::DynTypedNode Node = clang::DynTypedNode::create(*E);
  for (unsigned Depth = 0; Depth < 16; ++Depth) {
    clang::DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return std::nullopt;
    const clang::Expr *Parent = Parents[0].get<clang::Expr>();
    if (!Parent)
      return std::nullopt;
    if (const auto *Call = llvm::dyn_cast<clang::CXXMemberCallExpr>(Parent))
      // push_back, emplace_back, insert, assign, push on a field.
      return bundleFieldOf(Call->getImplicitObjectArgument(), Intents);
    if (const auto *Op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(Parent)) {
      if (Op->isAssignmentOp() && Op->getNumArgs() == 2)
        return bundleFieldOf(Op->getArg(0), Intents);
      return std::nullopt;
    }
    if (const auto *Assign = llvm::dyn_cast<clang::BinaryOperator>(Parent)) {
      if (Assign->isAssignmentOp())
        return bundleFieldOf(Assign->getLHS(), Intents);
      return std::nullopt;
    }
    if (const auto *Init = llvm::dyn_cast<clang::InitListExpr>(Parent)) {
      // `Intents{.persist = {...}}`: the field the element initialises.
      const clang::RecordDecl *RD = Init->getType()->getAsRecordDecl();
      if (RD && !holdsIntents(Init->getType(), Intents) &&
          Init->isSemanticForm()) {
        const clang::Expr *Child = Node.get<clang::Expr>();
        unsigned Index = 0;
        for (const clang::FieldDecl *Field : RD->fields()) {
          if (Index < Init->getNumInits() && Init->getInit(Index) == Child)
            return holdsIntents(Field->getType(), Intents)
                       ? std::optional(std::pair{qualifiedName(RD),
                                                 Field->getName().str()})
                       : std::nullopt;
          ++Index;
        }
        return std::nullopt;
      }
    } else if (!llvm::isa<clang::MaterializeTemporaryExpr,
                          clang::ImplicitCastExpr, clang::CXXBindTemporaryExpr,
                          clang::CXXFunctionalCastExpr, clang::ExprWithCleanups,
                          clang::CXXConstructExpr,
                          clang::CXXStdInitializerListExpr, clang::ParenExpr>(
                   Parent)) {
      return std::nullopt;
    }
    Node = Parents[0];
  }
  return std::nullopt;
}

std::vector<HandledIntent> intentsHandledBy(const clang::FunctionDecl *Def,
                                            const IntentVocabulary &Intents) {
  HandlerFinder Finder(Def, Intents);
  const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(Def);
  if (!(MD && buildsItsObject(MD)))
    for (const clang::ParmVarDecl *P : Def->parameters())
      Finder.parameter(P, /*Own=*/true);
  if (Def->getBody())
    Finder.TraverseStmt(Def->getBody());
  return Finder.take(Def->getASTContext().getSourceManager());
}

} // namespace onex
