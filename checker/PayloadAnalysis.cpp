//===- PayloadAnalysis.cpp ------------------------------------------------===//

#include "checker/PayloadAnalysis.h"
#include "checker/AstNames.h"
#include "checker/CallRules.h"
#include "checker/IntentVocabulary.h"
#include "checker/ModelDraft.h"
#include "checker/Roles.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <map>
#include <optional>

namespace onex {

namespace {

struct DictLikeType {
  std::string Spelling; // "std::any".
  std::string Reason;   // "type-erased value".
};

/// The template arguments of Spec with packs expanded in place:
/// std::variant<int, std::string> gives int and std::string.
llvm::SmallVector<clang::TemplateArgument, 4>
flatArguments(const clang::ClassTemplateSpecializationDecl *Spec) {
  llvm::SmallVector<clang::TemplateArgument, 4> Result;
  for (const clang::TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
    if (Arg.getKind() == clang::TemplateArgument::Pack)
      Result.append(Arg.pack_begin(), Arg.pack_end());
    else
      Result.push_back(Arg);
  return Result;
}

/// The payload checks over one translation unit: what is dict-like, what is
/// a model, and the findings, one per site.
class PayloadChecker {
public:
  PayloadChecker(clang::ASTContext &Ctx, const EngineConfig &Config,
                 RoleClassifier &Roles, CallRules &Rules)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Config(Config), Roles(Roles),
        Rules(Rules), Intents(Ctx, Config, Rules) {}

  std::optional<DictLikeType> dictLike(clang::QualType T);
  bool isModel(const clang::CXXRecordDecl *RD) const {
    return Intents.isModel(RD);
  }
  const clang::CXXRecordDecl *
  intentRecord(const clang::CXXRecordDecl *RD) const {
    return Intents.intentRecord(RD);
  }
  void checkModel(const clang::CXXRecordDecl *Model);
  void checkSpelledType(clang::QualType T, clang::SourceLocation Where);
  bool isReducer(const clang::FunctionDecl *FD) {
    return Roles.entryKind(FD) == EntryKind::Reducer;
  }
  /// Both take a reducer with a body.
  void checkReducerSignature(const clang::FunctionDecl *FD);
  void checkReducerLocals(const clang::FunctionDecl *FD);
  /// A call to the intent publisher hands it a typed intent: a dict-like
  /// argument, or a non-intent one where the publisher takes any type, is
  /// reported. (An intent argument's payload is judged where its type is
  /// spelled.)
  void checkPublishedArguments(const clang::CallExpr *Call,
                               const clang::FunctionDecl *Publisher);
  /// An intent's type (the intent-type-field member, intent_type) is a
  /// constant: a literal, an enumerator, a constant variable. A string
  /// built at run time is reported (onex-intent-dynamic-type).
  void checkIntentInit(const clang::InitListExpr *Init);
  void checkIntentTypeAssignment(const clang::Expr *Target,
                                 const clang::Expr *Value);
  bool isPublisher(const clang::FunctionDecl *FD) {
    return Roles.isIntentPublisher(FD);
  }
  std::vector<Finding> takeFindings();
  std::string spell(clang::QualType T) const {
    return T.getNonReferenceType().getUnqualifiedType().getAsString(
        Ctx.getPrintingPolicy());
  }
  bool isPayloadField(llvm::StringRef Name) const {
    return Rules.isPayloadField(Name);
  }
  bool inUserCode(clang::SourceLocation L) const {
    return !isPlatformLocation(SM, L);
  }

private:
  using FieldPath = std::vector<const clang::FieldDecl *>;
  struct Occurrence {
    FieldPath Path;
    DictLikeType Type;
  };
  void findInType(clang::QualType T, FieldPath &Path,
                  llvm::SmallPtrSetImpl<const clang::Type *> &Seen,
                  std::vector<Occurrence> &Found);
  void findInRecord(const clang::CXXRecordDecl *RD, FieldPath &Path,
                    llvm::SmallPtrSetImpl<const clang::Type *> &Seen,
                    std::vector<Occurrence> &Found);
  clang::QualType payloadType(const clang::CXXRecordDecl *Intent) const {
    return Intents.payloadType(Intent);
  }
  bool variantOfScalars(const clang::ClassTemplateSpecializationDecl *Spec);
  bool isStringLike(clang::QualType T);
  bool isStringKeyedMap(const clang::ClassTemplateSpecializationDecl *Spec);
  bool describes(clang::QualType T, Category C) {
    const clang::CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    return RD && Rules.describingRule(RD, C);
  }
  /// A type-level finding: a site, no reducer chain.
  Finding typeFinding(Category Cat, std::string What, std::string Reason,
                      clang::SourceLocation Where) const;
  void add(Finding F);
  std::string modelToWrite(const clang::CXXRecordDecl *Intent,
                           clang::QualType Payload,
                           const std::string &Spelling);

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const EngineConfig &Config;
  RoleClassifier &Roles;
  CallRules &Rules;
  IntentVocabulary Intents;
  std::map<std::string, Finding> BySite; // Key: identityKey().
};

bool PayloadChecker::isStringLike(clang::QualType T) {
  T = T.getCanonicalType().getUnqualifiedType();
  if (T->isPointerType())
    return T->getPointeeType()->isCharType();
  return describes(T, Category::StringType);
}

bool PayloadChecker::isStringKeyedMap(
    const clang::ClassTemplateSpecializationDecl *Spec) {
  if (!Rules.describingRule(Spec, Category::StringKeyedMap))
    return false;
  const clang::TemplateArgumentList &Args = Spec->getTemplateArgs();
  return Args.size() >= 2 &&
         Args[0].getKind() == clang::TemplateArgument::Type &&
         Args[1].getKind() == clang::TemplateArgument::Type &&
         isStringLike(Args[0].getAsType());
}

bool PayloadChecker::variantOfScalars(
    const clang::ClassTemplateSpecializationDecl *Spec) {
  if (!Rules.describingRule(Spec, Category::SumType))
    return false;
  for (const clang::TemplateArgument &Arg : flatArguments(Spec)) {
    if (Arg.getKind() != clang::TemplateArgument::Type)
      return false;
    clang::QualType T = Arg.getAsType();
    if (!T->isScalarType() && !isStringLike(T) &&
        !describes(T, Category::UnitType))
      return false;
  }
  return true;
}

std::optional<DictLikeType> PayloadChecker::dictLike(clang::QualType T) {
  T = T.getNonReferenceType();
  if (T->isVoidPointerType())
    return DictLikeType{spell(T), "untyped pointer"};
  const clang::CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return std::nullopt;
  if (const Rule *R = Rules.describingRule(RD, Category::DictLike))
    return DictLikeType{spell(T), R->Reason};
  const auto *Spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(RD);
  if (!Spec || !isStringKeyedMap(Spec))
    return std::nullopt;
  clang::QualType Mapped = Spec->getTemplateArgs()[1].getAsType();
  if (dictLike(Mapped))
    return DictLikeType{spell(T), "string-keyed map of dict-like values"};
  if (const auto *MappedSpec =
          llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(
              Mapped->getAsCXXRecordDecl()))
    if (variantOfScalars(MappedSpec))
      return DictLikeType{spell(T), "stringly-typed bag"};
  return std::nullopt;
}

void PayloadChecker::findInRecord(
    const clang::CXXRecordDecl *RD, FieldPath &Path,
    llvm::SmallPtrSetImpl<const clang::Type *> &Seen,
    std::vector<Occurrence> &Found) {
  RD = RD->getDefinition();
  if (!RD)
    return;
  for (const clang::CXXBaseSpecifier &Base : RD->bases())
    findInType(Base.getType(), Path, Seen, Found);
  for (const clang::FieldDecl *Field : RD->fields()) {
    Path.push_back(Field);
    findInType(Field->getType(), Path, Seen, Found);
    Path.pop_back();
  }
}

void PayloadChecker::findInType(
    clang::QualType T, FieldPath &Path,
    llvm::SmallPtrSetImpl<const clang::Type *> &Seen,
    std::vector<Occurrence> &Found) {
  T = T.getNonReferenceType();
  if (auto D = dictLike(T)) {
    Found.push_back({Path, *D});
    return;
  }
  if (const clang::ArrayType *AT = Ctx.getAsArrayType(T))
    return findInType(AT->getElementType(), Path, Seen, Found);
  const clang::CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  // A type already walked on this path would only repeat its findings.
  if (!RD || !Seen.insert(T.getCanonicalType().getTypePtr()).second)
    return;
  // Library templates (vector, optional, pair, variant, map...) are looked
  // through to their arguments; user classes to their fields and bases.
  const auto *Spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(RD);
  if (Spec && !inUserCode(RD->getLocation())) {
    for (const clang::TemplateArgument &Arg : flatArguments(Spec))
      if (Arg.getKind() == clang::TemplateArgument::Type)
        findInType(Arg.getAsType(), Path, Seen, Found);
  } else if (inUserCode(RD->getLocation())) {
    findInRecord(RD, Path, Seen, Found);
  }
  Seen.erase(T.getCanonicalType().getTypePtr());
}

Finding PayloadChecker::typeFinding(Category Cat, std::string What,
                                    std::string Reason,
                                    clang::SourceLocation Where) const {
  Finding F;
  F.Cat = Cat;
  F.EntryRole = EntryKind::None;
  F.What = std::move(What);
  F.Reason = std::move(Reason);
  F.Primary = makeLocation(SM, Where);
  return F;
}

void PayloadChecker::add(Finding F) {
  std::string Key = F.identityKey();
  auto It = BySite.find(Key);
  if (It == BySite.end() || F.Notes.size() < It->second.Notes.size())
    BySite[Key] = std::move(F);
}

void PayloadChecker::checkModel(const clang::CXXRecordDecl *Model) {
  FieldPath Path;
  llvm::SmallPtrSet<const clang::Type *, 16> Seen;
  std::vector<Occurrence> Found;
  findInRecord(Model, Path, Seen, Found);
  for (const Occurrence &O : Found) {
    if (O.Path.empty())
      continue;
    const clang::FieldDecl *Site = O.Path.back();
    Finding F = typeFinding(Category::UntypedPayload,
                            "field '" + qualifiedName(Site) + "' of type '" +
                                O.Type.Spelling + "' in payload model '" +
                                qualifiedName(Model) + "'",
                            O.Type.Reason, Site->getLocation());
    for (const clang::FieldDecl *Step : llvm::ArrayRef(O.Path).drop_back())
      F.Notes.push_back({makeLocation(SM, Step->getLocation()),
                         "'" + qualifiedName(Step) + "' has type '" +
                             spell(Step->getType()) + "'"});
    add(std::move(F));
  }
}

/// The note that names the repair: "write a typed model instead: struct
/// ModelAuditPayload : onex::BaseModel, one field per key", and for a keyed
/// payload (it has an operator[]) the command that drafts it.
std::string PayloadChecker::modelToWrite(const clang::CXXRecordDecl *Intent,
                                         clang::QualType Payload,
                                         const std::string &Spelling) {
  llvm::StringRef Stem = Intent->getName();
  Stem.consume_front("Model");
  Stem.consume_back("Intent");
  std::string Note =
      "write a typed model instead: struct Model" + Stem.str() +
      "Payload : " + modelBaseName(Config.Options.ModelBaseClasses) +
      ", one field per key";
  const auto *Record = Payload->getAsCXXRecordDecl();
  bool Keyed = Record && Record->hasDefinition() &&
               !Record
                    ->lookup(Ctx.DeclarationNames.getCXXOperatorName(
                        clang::OO_Subscript))
                    .empty();
  if (Keyed)
    Note += "; onex-purity suggest-model \"" + Spelling +
            "\" drafts it from the keys the code uses";
  return Note;
}

void PayloadChecker::checkSpelledType(clang::QualType T,
                                      clang::SourceLocation Where) {
  T = T.getNonReferenceType();
  while (T->isPointerType() || T->isArrayType())
    T = T->isPointerType() ? T->getPointeeType()
                           : Ctx.getAsArrayType(T)->getElementType();
  const clang::CXXRecordDecl *Intent = intentRecord(T->getAsCXXRecordDecl());
  if (!Intent)
    return;
  clang::QualType PayloadType = payloadType(Intent);
  if (PayloadType.isNull())
    return;
  if (auto D = dictLike(PayloadType)) {
    Finding F = typeFinding(Category::UntypedPayload,
                            "intent '" + spell(T) + "' with payload type '" +
                                D->Spelling + "'",
                            D->Reason, Where);
    F.Notes.push_back(
        {F.Primary, modelToWrite(Intent, PayloadType, D->Spelling)});
    add(std::move(F));
  } else if (!isModel(PayloadType->getAsCXXRecordDecl()))
    add(typeFinding(
        Category::PayloadModel,
        "payload type '" + spell(PayloadType) + "' of intent '" + spell(T) +
            "'",
        "not derived from '" + Config.Options.ModelBaseClasses + "'", Where));
  // Otherwise a model: its fields are checked with the other models.
}

void PayloadChecker::checkPublishedArguments(
    const clang::CallExpr *Call, const clang::FunctionDecl *Publisher) {
  const clang::FunctionDecl *Pattern =
      Publisher->getTemplateInstantiationPattern();
  for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
    std::optional<unsigned> Param = parameterIndex(Call, I);
    if (!Param)
      continue; // The publisher object itself.
    const clang::Expr *Arg = Call->getArg(I)->IgnoreParenImpCasts();
    clang::QualType T = Arg->getType();
    std::string What = "argument of type '" + spell(T) +
                       "' to intent publisher '" + qualifiedName(Publisher) +
                       "'";
    if (auto D = dictLike(T)) {
      add(typeFinding(Category::UntypedPayload, What, D->Reason,
                      Arg->getExprLoc()));
      continue;
    }
    bool TakesAnyType = Pattern && *Param < Pattern->getNumParams() &&
                        Pattern->getParamDecl(*Param)
                            ->getType()
                            .getNonReferenceType()
                            ->isTemplateTypeParmType();
    const clang::CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (TakesAnyType && RD && !intentRecord(RD))
      add(typeFinding(Category::PayloadModel, What, "not a typed intent",
                      Arg->getExprLoc()));
  }
}

namespace {

/// Whether E is known before the program runs: a literal, an enumerator,
/// a constant variable, or anything the compiler can evaluate, through the
/// conversions and constructions that wrap it (std::string("X")).
bool isConstantValue(const clang::Expr *E, const clang::ASTContext &Ctx) {
  E = peelValueWrappers(E);
  if (llvm::isa<clang::StringLiteral, clang::IntegerLiteral,
                clang::CXXBoolLiteralExpr, clang::CharacterLiteral>(E))
    return true;
  if (const auto *Ref = llvm::dyn_cast<clang::DeclRefExpr>(E)) {
    if (llvm::isa<clang::EnumConstantDecl>(Ref->getDecl()))
      return true;
    const auto *Var = llvm::dyn_cast<clang::VarDecl>(Ref->getDecl());
    return Var && (Var->isConstexpr() ||
                   (Var->getType().isConstQualified() && Var->getInit() &&
                    isConstantValue(Var->getInit(), Ctx)));
  }
  if (!E->isValueDependent() && E->isEvaluatable(Ctx))
    return true;
  // A construction from no given argument: a default (empty) value.
  const auto *Build = llvm::dyn_cast<clang::CXXConstructExpr>(E);
  return Build && llvm::all_of(Build->arguments(), [](const clang::Expr *Arg) {
           return llvm::isa<clang::CXXDefaultArgExpr>(Arg);
         });
}

} // namespace

void PayloadChecker::checkIntentInit(const clang::InitListExpr *Init) {
  Intents.forEachTypeFieldInit(
      Init, [&](const clang::FieldDecl *Field, const clang::Expr *Value) {
        if (!isConstantValue(Value, Ctx))
          add(typeFinding(Category::DynamicIntentType,
                          "'" + Field->getNameAsString() + "' of intent '" +
                              spell(Init->getType()) + "'",
                          "", Value->getExprLoc()));
      });
}

void PayloadChecker::checkIntentTypeAssignment(const clang::Expr *Target,
                                               const clang::Expr *Value) {
  const clang::MemberExpr *Member = Intents.intentTypeMember(Target);
  if (!Member || isConstantValue(Value, Ctx))
    return;
  add(typeFinding(Category::DynamicIntentType,
                  "'" + Member->getMemberDecl()->getNameAsString() +
                      "' of intent '" + spell(memberObjectType(Member)) + "'",
                  "", Value->getExprLoc()));
}

void PayloadChecker::checkReducerSignature(const clang::FunctionDecl *FD) {
  auto Report = [&](clang::QualType T, clang::SourceLocation Where,
                    const std::string &Role) {
    auto D = dictLike(T);
    if (!D)
      return;
    add(typeFinding(Category::UntypedPayload,
                    Role + " of type '" + D->Spelling + "' in reducer '" +
                        qualifiedName(FD) + "'",
                    D->Reason, Where));
  };
  for (const clang::ParmVarDecl *P : FD->parameters())
    Report(P->getType(), P->getLocation(),
           "parameter '" + P->getNameAsString() + "'");
  Report(FD->getReturnType(), FD->getLocation(), "return value");
}

/// Collects the local variables of a body that flow into an intent: named
/// inside an expression creating an intent, or assigned to its 'payload'.
class IntentFeedFinder : public clang::RecursiveASTVisitor<IntentFeedFinder> {
public:
  explicit IntentFeedFinder(PayloadChecker &A) : A(A) {}

  bool TraverseStmt(clang::Stmt *S) {
    bool Feeds = S && createsIntent(S);
    Depth += Feeds;
    bool Continue = RecursiveASTVisitor::TraverseStmt(S);
    Depth -= Feeds;
    return Continue;
  }
  bool VisitDeclRefExpr(clang::DeclRefExpr *E) {
    if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(E->getDecl()))
      if (Depth > 0 && VD->isLocalVarDecl() && llvm::find(Fed, VD) == Fed.end())
        Fed.push_back(VD);
    return true;
  }
  std::vector<const clang::VarDecl *> Fed;

private:
  bool isIntent(clang::QualType T) {
    return !T.isNull() && A.intentRecord(T->getAsCXXRecordDecl());
  }
  bool createsIntent(clang::Stmt *S) {
    if (llvm::isa<clang::InitListExpr>(S) ||
        llvm::isa<clang::CXXConstructExpr>(S))
      return isIntent(llvm::cast<clang::Expr>(S)->getType());
    const clang::Expr *Target = nullptr;
    if (const auto *BO = llvm::dyn_cast<clang::BinaryOperator>(S))
      Target = BO->isAssignmentOp() ? BO->getLHS() : nullptr;
    else if (const auto *Op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(S))
      Target = Op->getOperator() == clang::OO_Equal ? Op->getArg(0) : nullptr;
    const auto *ME = llvm::dyn_cast_or_null<clang::MemberExpr>(
        Target ? Target->IgnoreParenImpCasts() : nullptr);
    return ME && A.isPayloadField(ME->getMemberDecl()->getName()) &&
           isIntent(ME->getBase()->getType()->isPointerType()
                        ? ME->getBase()->getType()->getPointeeType()
                        : ME->getBase()->getType());
  }

  PayloadChecker &A;
  int Depth = 0;
};

void PayloadChecker::checkReducerLocals(const clang::FunctionDecl *FD) {
  IntentFeedFinder Finder(*this);
  Finder.TraverseStmt(FD->getBody());
  for (const clang::VarDecl *VD : Finder.Fed) {
    auto D = dictLike(VD->getType());
    if (!D)
      continue;
    add(typeFinding(Category::UntypedPayload,
                    "local variable '" + VD->getNameAsString() + "' of type '" +
                        D->Spelling + "' feeding an intent in reducer '" +
                        qualifiedName(FD) + "'",
                    D->Reason, VD->getLocation()));
  }
}

std::vector<Finding> PayloadChecker::takeFindings() {
  std::vector<Finding> Result;
  for (auto &[Key, F] : BySite)
    Result.push_back(std::move(F));
  return Result;
}

/// Visits user-code declarations: classes (models), declarations that spell
/// a type (intents), and reducers (signatures).
class DeclVisitor : public clang::RecursiveASTVisitor<DeclVisitor> {
public:
  explicit DeclVisitor(PayloadChecker &A) : A(A) {}

  bool TraverseDecl(clang::Decl *D) {
    if (D && !llvm::isa<clang::TranslationUnitDecl>(D) &&
        !A.inUserCode(D->getLocation()))
      return true; // The platform's declarations are not ours to judge.
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitCXXRecordDecl(clang::CXXRecordDecl *RD) {
    if (RD->isThisDeclarationADefinition() && !RD->isDependentContext() &&
        A.isModel(RD))
      A.checkModel(RD);
    return true;
  }
  bool VisitDeclaratorDecl(clang::DeclaratorDecl *D) {
    if (D->isInvalidDecl() || D->getType()->isDependentType())
      return true;
    if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D)) {
      if (FD->isDependentContext())
        return true;
      // A deduced return type is spelled by the expression returned.
      if (!FD->getDeclaredReturnType()->getContainedAutoType())
        A.checkSpelledType(FD->getReturnType(), FD->getLocation());
      if (FD->doesThisDeclarationHaveABody() && A.isReducer(FD)) {
        A.checkReducerSignature(FD);
        A.checkReducerLocals(FD);
      }
      return true;
    }
    A.checkSpelledType(D->getType(), D->getLocation());
    return true;
  }

  bool VisitInitListExpr(clang::InitListExpr *E) {
    const clang::InitListExpr *Semantic =
        E->isSemanticForm() ? E : E->getSemanticForm();
    if (Semantic && !Semantic->isValueDependent() &&
        Seen.insert(Semantic).second && A.inUserCode(E->getBeginLoc()))
      A.checkIntentInit(Semantic);
    return true;
  }

  bool VisitBinaryOperator(clang::BinaryOperator *E) {
    if (E->getOpcode() == clang::BO_Assign && !E->isValueDependent() &&
        A.inUserCode(E->getExprLoc()))
      A.checkIntentTypeAssignment(E->getLHS(), E->getRHS());
    return true;
  }

  bool VisitCXXOperatorCallExpr(clang::CXXOperatorCallExpr *E) {
    if (E->getOperator() == clang::OO_Equal && E->getNumArgs() == 2 &&
        !E->isValueDependent() && A.inUserCode(E->getExprLoc()))
      A.checkIntentTypeAssignment(E->getArg(0), E->getArg(1));
    return true;
  }

  bool VisitCallExpr(clang::CallExpr *E) {
    const clang::FunctionDecl *Callee = E->getDirectCallee();
    if (Callee && !E->isTypeDependent() && !E->isValueDependent() &&
        A.inUserCode(E->getExprLoc()) && A.isPublisher(Callee))
      A.checkPublishedArguments(E, Callee);
    return true;
  }

  // Expressions that spell the type: `Intent<P>{...}`, `Intent<P>(...)`.
  bool VisitCXXFunctionalCastExpr(clang::CXXFunctionalCastExpr *E) {
    A.checkSpelledType(E->getType(), E->getBeginLoc());
    return true;
  }
  bool VisitCXXTemporaryObjectExpr(clang::CXXTemporaryObjectExpr *E) {
    A.checkSpelledType(E->getType(), E->getBeginLoc());
    return true;
  }

private:
  PayloadChecker &A;
  llvm::SmallPtrSet<const clang::InitListExpr *, 16> Seen;
};

} // namespace

std::vector<Finding> findPayloadViolations(clang::ASTContext &Ctx,
                                           const EngineConfig &Config,
                                           RoleClassifier &Roles,
                                           CallRules &Rules) {
  PayloadChecker A(Ctx, Config, Roles, Rules);
  DeclVisitor V(A);
  V.TraverseAST(Ctx);
  return A.takeFindings();
}

} // namespace onex
