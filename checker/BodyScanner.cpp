//===- BodyScanner.cpp ----------------------------------------------------===//

#include "checker/BodyScanner.h"
#include "checker/AstNames.h"
#include "checker/IntentSites.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace onex {

namespace {

/// Where a call is reported: the member name of `obj.method()`, otherwise
/// the start of the call (`fopen(`, `std::cout << x`).
clang::SourceLocation callLocation(const clang::CallExpr *E) {
  if (const auto *MC = llvm::dyn_cast<clang::CXXMemberCallExpr>(E))
    if (const auto *ME =
            llvm::dyn_cast<clang::MemberExpr>(MC->getCallee()->IgnoreParens()))
      return ME->getMemberLoc();
  // For `std::cout << a << b` every call starts at `std::cout`: the chain is
  // one operation at one site.
  return E->getSourceRange().getBegin();
}

/// The variable or member a write lands in: `a.b[i].c = x` writes `a`.
const clang::Expr *writeRoot(const clang::Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *ME = llvm::dyn_cast<clang::MemberExpr>(E)) {
      const clang::Expr *Base = ME->getBase()->IgnoreParenImpCasts();
      if (ME->isArrow() || llvm::isa<clang::CXXThisExpr>(Base))
        return E;
      E = Base;
      continue;
    }
    if (const auto *AS = llvm::dyn_cast<clang::ArraySubscriptExpr>(E)) {
      if (!AS->getBase()->IgnoreParenImpCasts()->getType()->isArrayType())
        return nullptr; // Through a pointer: writes the pointee.
      E = AS->getBase();
      continue;
    }
    if (const auto *Op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(E))
      if (Op->getOperator() == clang::OO_Subscript && Op->getNumArgs() == 2) {
        E = Op->getArg(0);
        continue;
      }
    // `*&x` is x.
    if (const auto *Deref = llvm::dyn_cast<clang::UnaryOperator>(E))
      if (Deref->getOpcode() == clang::UO_Deref)
        if (const auto *AddressOf = llvm::dyn_cast<clang::UnaryOperator>(
                Deref->getSubExpr()->IgnoreParenImpCasts()))
          if (AddressOf->getOpcode() == clang::UO_AddrOf) {
            E = AddressOf->getSubExpr();
            continue;
          }
    return E;
  }
  return nullptr;
}

bool isWritingOperator(clang::OverloadedOperatorKind K) {
  switch (K) {
  case clang::OO_Equal:
  case clang::OO_PlusEqual:
  case clang::OO_MinusEqual:
  case clang::OO_StarEqual:
  case clang::OO_SlashEqual:
  case clang::OO_PercentEqual:
  case clang::OO_CaretEqual:
  case clang::OO_AmpEqual:
  case clang::OO_PipeEqual:
  case clang::OO_LessLessEqual:
  case clang::OO_GreaterGreaterEqual:
  case clang::OO_PlusPlus:
  case clang::OO_MinusMinus:
    return true;
  default:
    return false;
  }
}

/// The source text of E on one line, for messages ("o.total"); empty when
/// it comes from a macro or is too long to be useful.
std::string spelling(const clang::Expr *E, const clang::SourceManager &SM,
                     const clang::LangOptions &LangOpts) {
  clang::SourceRange Range = E->getSourceRange();
  if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
    return "";
  llvm::StringRef Text = clang::Lexer::getSourceText(
      clang::CharSourceRange::getTokenRange(Range), SM, LangOpts);
  std::string Flat;
  for (char C : Text)
    if (!llvm::isSpace(C) || (!Flat.empty() && Flat.back() != ' '))
      Flat += llvm::isSpace(C) ? ' ' : C;
  return Flat.size() <= 48 ? Flat : "";
}

std::string globalKind(const clang::VarDecl *VD) {
  if (VD->getTLSKind() != clang::VarDecl::TLS_None)
    return "thread-local variable";
  if (VD->isStaticLocal())
    return "function-local static";
  if (VD->isStaticDataMember())
    return "static data member";
  return "global variable";
}

bool isMutableGlobal(const clang::VarDecl *VD) {
  if (!VD->hasGlobalStorage() || VD->isConstexpr())
    return false;
  clang::QualType T = VD->getType();
  if (T->isReferenceType())
    T = T.getNonReferenceType();
  if (T.isConstQualified())
    return false;
  // An object of an empty class (spdlog's null_mutex, a tag) holds no
  // state to observe.
  const clang::CXXRecordDecl *Class = T->getAsCXXRecordDecl();
  return !(Class && Class->hasDefinition() && Class->isEmpty());
}

} // namespace

BodyScanner::BodyScanner(Extractor &Ex, const clang::FunctionDecl *Def)
    : Ex(Ex), Def(Def), Flow(Def) {
  const clang::SourceManager &SM = Ex.sourceManager();
  InSystemCode = isPlatformLocation(SM, Def->getLocation());
}

void BodyScanner::scan(FunctionSummary &S) {
  Summary = &S;
  S.ParamNames.push_back("this");
  for (const clang::ParmVarDecl *Parm : Def->parameters())
    S.ParamNames.push_back(Parm->getName().empty()
                               ? "#" + std::to_string(ParamFlow::indexOf(Parm))
                               : Parm->getNameAsString());
  if (const auto *Ctor = llvm::dyn_cast<clang::CXXConstructorDecl>(Def))
    for (const clang::CXXCtorInitializer *Init : Ctor->inits())
      if (Init->getInit())
        TraverseStmt(Init->getInit());
  TraverseStmt(Def->getBody());
  if (const auto *Dtor = llvm::dyn_cast<clang::CXXDestructorDecl>(Def))
    scanDestructorMembers(Dtor);
  Summary = nullptr;
}

// --- Traversal policy ------------------------------------------------------

bool BodyScanner::TraverseLambdaExpr(clang::LambdaExpr *E) {
  // Creating a lambda evaluates its captures, nothing else.
  for (clang::Expr *Init : E->capture_inits())
    if (Init)
      TraverseStmt(Init);
  return true;
}

bool BodyScanner::TraverseDecl(clang::Decl *D) {
  // Local classes and functions are separate functions, followed when
  // called. Constexpr variables are initialised at compile time.
  if (!D || llvm::isa<clang::TagDecl>(D) || llvm::isa<clang::FunctionDecl>(D) ||
      llvm::isa<clang::StaticAssertDecl>(D))
    return true;
  if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(D)) {
    if (VD->isConstexpr())
      return true;
    if (VD->isStaticLocal()) {
      ++InStaticInit;
      bool Result = Base::TraverseDecl(D);
      --InStaticInit;
      return Result;
    }
  }
  return Base::TraverseDecl(D);
}

bool BodyScanner::TraverseCXXTypeidExpr(clang::CXXTypeidExpr *E) {
  if (E->isPotentiallyEvaluated())
    return Base::TraverseCXXTypeidExpr(E);
  return true;
}

// --- Recording -------------------------------------------------------------

void BodyScanner::addOp(Category Cat, std::string What, std::string Reason,
                        clang::SourceLocation Loc) {
  // What a static's initialiser does to global or member state happens
  // once, before anyone can read it.
  if (InStaticInit && isStateCategory(Cat))
    return;
  Summary->Ops.push_back(
      {Cat, std::move(What), std::move(Reason), Ex.siteLocation(Loc), ""});
}

void BodyScanner::addCall(const clang::FunctionDecl *Callee,
                          clang::SourceLocation Loc, bool Virtual,
                          std::vector<ArgBinding> Args,
                          std::vector<FunctionArg> Functions) {
  FunctionId Id = Ex.idFor(Callee);
  CallSite Call;
  Call.Callee = Id;
  Call.Where = Ex.siteLocation(Loc);
  Call.Virtual = Virtual;
  Call.Args = std::move(Args);
  Call.FunctionArgs = std::move(Functions);
  Call.Bookkeeping = InStaticInit > 0 || Ex.rules().isAllocator(Callee);
  Summary->Calls.push_back(std::move(Call));
  if (Virtual)
    Ex.includeOverriders(llvm::cast<clang::CXXMethodDecl>(Callee));
}

void BodyScanner::handleCallee(const clang::FunctionDecl *Callee,
                               const clang::Expr *Object,
                               clang::SourceLocation Loc, bool Virtual,
                               std::vector<ArgBinding> Args,
                               std::vector<FunctionArg> Functions) {
  if (auto Hit = Ex.rules().matchCall(Callee, Object, !InSystemCode)) {
    // A type-erased callable whose value this function can see is a call
    // of that value.
    if (Hit->R->Cat == Category::Opaque &&
        Callee->getOverloadedOperator() == clang::OO_Call)
      if (const clang::FunctionDecl *Held = heldCallable(Object)) {
        handleCallee(Held, nullptr, Loc, /*Virtual=*/false);
        return;
      }
    if (Hit->R->Cat != Category::Pure)
      addOp(Hit->R->Cat, std::move(Hit->What), Hit->R->Reason, Loc);
    return;
  }
  // Builtins compute (__builtin_expect, std::move, std::forward, memcpy,
  // strlen); the impure ones (printf, exit, longjmp) are named by rules,
  // matched above. Clang gives std::move and its kin no body to follow,
  // so they must not become calls: strict mode would call them opaque.
  if (Callee->getBuiltinID())
    return;
  addCall(Callee, Loc, Virtual, std::move(Args), std::move(Functions));
}

namespace {

/// The function a callable's initialiser names: a lambda's call operator,
/// or a function (by name or address), through the conversions into a
/// std::function.
const clang::FunctionDecl *callableIn(const clang::Expr *E) {
  while (E) {
    E = E->IgnoreImplicit()->IgnoreParenImpCasts();
    if (const auto *Lambda = llvm::dyn_cast<clang::LambdaExpr>(E))
      return Lambda->getCallOperator();
    if (const auto *Ref = llvm::dyn_cast<clang::DeclRefExpr>(E))
      return llvm::dyn_cast<clang::FunctionDecl>(Ref->getDecl());
    if (const auto *UO = llvm::dyn_cast<clang::UnaryOperator>(E)) {
      if (UO->getOpcode() != clang::UO_AddrOf)
        return nullptr;
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *Construct = llvm::dyn_cast<clang::CXXConstructExpr>(E)) {
      if (Construct->getNumArgs() != 1)
        return nullptr;
      E = Construct->getArg(0);
      continue;
    }
    if (const auto *Cast = llvm::dyn_cast<clang::CXXFunctionalCastExpr>(E)) {
      E = Cast->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

/// Counts the uses of a variable, and those that only call it.
class UseCounter : public clang::RecursiveASTVisitor<UseCounter> {
public:
  explicit UseCounter(const clang::VarDecl *VD) : VD(VD) {}
  bool VisitDeclRefExpr(clang::DeclRefExpr *E) {
    Uses += E->getDecl() == VD;
    return true;
  }
  bool VisitCallExpr(clang::CallExpr *E) {
    // (obj.*pm)(): the pointer to member is called.
    const auto *BO =
        llvm::dyn_cast<clang::BinaryOperator>(E->getCallee()->IgnoreParens());
    if (BO && BO->isPtrMemOp())
      if (const auto *Ref = llvm::dyn_cast<clang::DeclRefExpr>(
              BO->getRHS()->IgnoreParenImpCasts()))
        Calls += Ref->getDecl() == VD;
    return true;
  }
  bool VisitCXXOperatorCallExpr(clang::CXXOperatorCallExpr *E) {
    if (E->getOperator() != clang::OO_Call || E->getNumArgs() == 0)
      return true;
    const auto *Ref =
        llvm::dyn_cast<clang::DeclRefExpr>(E->getArg(0)->IgnoreParenImpCasts());
    Calls += Ref && Ref->getDecl() == VD;
    return true;
  }
  unsigned Uses = 0, Calls = 0;

private:
  const clang::VarDecl *VD;
};

} // namespace

std::vector<const clang::FunctionDecl *>
BodyScanner::tableEntries(const clang::Expr *Callee) const {
  const auto *AS = llvm::dyn_cast<clang::ArraySubscriptExpr>(Callee);
  const auto *Ref = AS ? llvm::dyn_cast<clang::DeclRefExpr>(
                             AS->getBase()->IgnoreParenImpCasts())
                       : nullptr;
  const auto *VD =
      Ref ? llvm::dyn_cast<clang::VarDecl>(Ref->getDecl()) : nullptr;
  if (!VD || !VD->getType().isConstQualified() || !VD->getInit())
    return {};
  const auto *List =
      llvm::dyn_cast<clang::InitListExpr>(VD->getInit()->IgnoreImplicit());
  std::vector<const clang::FunctionDecl *> Entries;
  for (const clang::Expr *Init :
       List ? List->inits() : llvm::ArrayRef<clang::Expr *>()) {
    const clang::FunctionDecl *Fn = callableIn(Init);
    if (!Fn)
      return {}; // An entry the analysis cannot name: opaque.
    Entries.push_back(Fn);
  }
  return Entries;
}

const clang::FunctionDecl *
BodyScanner::heldCallable(const clang::Expr *Object) const {
  const auto *Ref = llvm::dyn_cast_or_null<clang::DeclRefExpr>(
      Object ? Object->IgnoreParenImpCasts() : nullptr);
  const auto *VD =
      Ref ? llvm::dyn_cast<clang::VarDecl>(Ref->getDecl()) : nullptr;
  if (!VD || !VD->hasLocalStorage() || llvm::isa<clang::ParmVarDecl>(VD) ||
      VD->getType()->isReferenceType() || !VD->getInit())
    return nullptr;
  const clang::FunctionDecl *Held = callableIn(VD->getInit());
  if (!Held)
    return nullptr;
  // The value is known only if nothing else can change it: the variable
  // is const, or every use of it is a call.
  if (!VD->getType().isConstQualified()) {
    UseCounter Counter(VD);
    Counter.TraverseStmt(Def->getBody());
    if (Counter.Uses != Counter.Calls)
      return nullptr;
  }
  return Held;
}

std::vector<FunctionArg>
BodyScanner::functionArgs(const clang::FunctionDecl *Callee,
                          llvm::ArrayRef<const clang::Expr *> Args) {
  std::vector<FunctionArg> Result;
  for (size_t I = 0; I < Args.size() && I < Callee->getNumParams(); ++I) {
    // A function by name or address (a lambda's operator() is a method:
    // its conversion to a function pointer is not followed).
    const clang::FunctionDecl *Fn = callableIn(Args[I]);
    if (!Fn || llvm::isa<clang::CXXMethodDecl>(Fn) ||
        !isCallable(Callee->getParamDecl(I)->getType()))
      continue;
    FunctionArg A{
        static_cast<ParamIndex>(I + 1), Ex.idFor(Fn), Category::Unset, {}, {}};
    if (auto Hit = Ex.rules().matchCall(Fn, nullptr, !InSystemCode)) {
      A.RuleCat = Hit->R->Cat; // Pure: known, and calling it does nothing.
      A.What = std::move(Hit->What);
      A.Reason = Hit->R->Reason;
    }
    Result.push_back(std::move(A));
  }
  return Result;
}

std::vector<ArgBinding>
BodyScanner::bindings(const clang::FunctionDecl *Callee,
                      const clang::Expr *Object,
                      llvm::ArrayRef<const clang::Expr *> Args) {
  std::vector<ArgBinding> Result;
  if (InSystemCode) {
    // Data is not followed into the platform (see recordParamWrite), but
    // function pointers are: std::generate hands its generator on.
    for (size_t I = 0; I < Args.size() && I < Callee->getNumParams(); ++I) {
      clang::QualType T = Callee->getParamDecl(I)->getType();
      if (!isCallable(T))
        continue;
      std::optional<ParamIndex> From =
          T->isReferenceType() ? Flow.rootOf(Args[I]) : Flow.pointeeOf(Args[I]);
      if (From)
        Result.push_back({*From, static_cast<ParamIndex>(I + 1)});
    }
    return Result;
  }
  auto Bind = [&](std::optional<ParamIndex> From, ParamIndex To) {
    if (From && llvm::find(Result, ArgBinding{*From, To}) == Result.end())
      Result.push_back({*From, To});
  };
  if (Object)
    Bind(Object->getType()->isPointerType() ? Flow.pointeeOf(Object)
                                            : Flow.rootOf(Object),
         0);
  for (size_t I = 0; I < Args.size() && I < Callee->getNumParams(); ++I) {
    clang::QualType T = Callee->getParamDecl(I)->getType();
    if (T->isReferenceType())
      Bind(Flow.rootOf(Args[I]), I + 1);
    else if (T->isPointerType())
      Bind(Flow.pointeeOf(Args[I]), I + 1);
  }
  return Result;
}

void BodyScanner::recordParamWrite(const clang::Expr *Target,
                                   bool ThroughPointer) {
  clang::SourceLocation Where;
  // Inside the platform's headers, rules describe what calls do (mutator
  // rules say which members write their object): bodies are not followed.
  if (InSystemCode)
    return;
  std::optional<ParamIndex> Param =
      ThroughPointer ? Flow.pointeeOf(Target) : Flow.rootOf(Target);
  if (!Param || isReferenceCount(Target))
    return;
  // Where: the start of the target; for the object's own members, the
  // member's name, where onex-purity-member-state has always reported.
  const clang::Expr *Root = writeRoot(Target);
  if (*Param == 0 && Root && llvm::isa<clang::MemberExpr>(Root))
    Where = llvm::cast<clang::MemberExpr>(Root)->getMemberLoc();
  else
    Where = Target->getBeginLoc();
  const clang::SourceManager &SM = Ex.sourceManager();
  // A mutating call through a smart pointer (`m_pRef->push_back(x)`) has
  // the pointer's operator-> as its object, spelt "m_pRef->": what it
  // writes is the pointee.
  const clang::Expr *Shown = Target->IgnoreParenImpCasts();
  std::string Prefix;
  if (const auto *Arrow = llvm::dyn_cast<clang::CXXOperatorCallExpr>(Shown))
    if (Arrow->getOperator() == clang::OO_Arrow && Arrow->getNumArgs() == 1) {
      Shown = Arrow->getArg(0);
      Prefix = "*";
    }
  std::string Text = spelling(Shown, SM, Ex.context().getLangOpts());
  if (!Text.empty())
    Text = Prefix + Text;
  Summary->ParamWrites.push_back(
      {*Param,
       Text.empty() ? "write through '" + Summary->ParamNames[*Param] + "'"
                    : "write to '" + Text + "'",
       Ex.siteLocation(Where)});
}

void BodyScanner::recordArgumentWrites(const clang::CallExpr *E,
                                       const clang::FunctionDecl *Callee) {
  if (InSystemCode)
    return;
  for (unsigned I = 0; I < E->getNumArgs() && I < Callee->getNumParams(); ++I) {
    const clang::Expr *Arg = E->getArg(I)->IgnoreParenImpCasts();
    clang::QualType T = Callee->getParamDecl(I)->getType();
    std::optional<ParamIndex> Param;
    const clang::Expr *Shown = Arg;
    // A range a container yields: o.items.begin(), o.items.data().
    if (const auto *MC = llvm::dyn_cast<clang::CXXMemberCallExpr>(Arg)) {
      const clang::CXXMethodDecl *M = MC->getMethodDecl();
      if (M && !M->isConst() && M->getIdentifier() &&
          Ex.rules().isRangeMember(M->getName())) {
        Shown = MC->getImplicitObjectArgument();
        Param = Shown->getType()->isPointerType() ? Flow.pointeeOf(Shown)
                                                  : Flow.rootOf(Shown);
      }
    } else if (T->isReferenceType()) {
      Param = Flow.rootOf(Arg);
    } else if (T->isPointerType()) {
      Param = Flow.pointeeOf(Arg);
    }
    if (!Param)
      continue;
    std::string Text =
        spelling(Shown, Ex.sourceManager(), Ex.context().getLangOpts());
    Summary->ParamWrites.push_back(
        {*Param,
         "call to '" + qualifiedName(Callee) + "' on '" +
             (Text.empty() ? Summary->ParamNames[*Param] : Text) + "'",
         Ex.siteLocation(callLocation(E))});
  }
}

void BodyScanner::recordRelease(const clang::Expr *Pointer,
                                llvm::StringRef Verb,
                                clang::SourceLocation Where) {
  if (InSystemCode)
    return;
  std::optional<ParamIndex> Param = Flow.pointeeOf(Pointer);
  if (!Param || *Param == 0)
    return;
  std::string Text =
      spelling(Pointer, Ex.sourceManager(), Ex.context().getLangOpts());
  Summary->ParamWrites.push_back(
      {*Param,
       Verb.str() + " '" + (Text.empty() ? Summary->ParamNames[*Param] : Text) +
           "'",
       Ex.siteLocation(Where)});
}

void BodyScanner::handleIndirectCall(const clang::CallExpr *E) {
  const clang::Expr *Callee = E->getCallee()->IgnoreParenImpCasts();
  // A call through a parameter is resolved where the function is called:
  // its caller says which function it passes (see Reachability). This
  // holds in the platform's headers too (std::generate calls its
  // generator parameter).
  for (;;) { // (*f)(), std::forward<F>(f)(): the parameter itself.
    if (const auto *UO = llvm::dyn_cast<clang::UnaryOperator>(Callee))
      if (UO->getOpcode() == clang::UO_Deref) {
        Callee = UO->getSubExpr()->IgnoreParenImpCasts();
        continue;
      }
    if (const auto *Call = llvm::dyn_cast<clang::CallExpr>(Callee))
      if (const clang::FunctionDecl *Fn = Call->getDirectCallee())
        if ((Fn->getBuiltinID() == clang::Builtin::BIforward ||
             Fn->getBuiltinID() == clang::Builtin::BImove) &&
            Call->getNumArgs() == 1) {
          Callee = Call->getArg(0)->IgnoreParenImpCasts();
          continue;
        }
    break;
  }
  if (const auto *Ref = llvm::dyn_cast<clang::DeclRefExpr>(Callee))
    if (const auto *Parm = llvm::dyn_cast<clang::ParmVarDecl>(Ref->getDecl())) {
      Summary->ParamCalls.push_back(
          {ParamFlow::indexOf(Parm), Ex.siteLocation(E->getBeginLoc())});
      return;
    }
  if (InSystemCode)
    return;
  if (llvm::isa<clang::CXXPseudoDestructorExpr>(Callee))
    return;
  // A const table of functions: any of its entries may be called.
  if (std::vector<const clang::FunctionDecl *> Entries = tableEntries(Callee);
      !Entries.empty()) {
    for (const clang::FunctionDecl *Fn : Entries)
      handleCallee(Fn, nullptr, E->getBeginLoc(), /*Virtual=*/false);
    return;
  }
  bool MemberPointer = false;
  if (const auto *BO = llvm::dyn_cast<clang::BinaryOperator>(Callee)) {
    MemberPointer = BO->isPtrMemOp();
    // A pointer to member the function can see: call that member.
    if (const clang::FunctionDecl *Held =
            MemberPointer ? heldCallable(BO->getRHS()) : nullptr) {
      const auto *Method = llvm::dyn_cast<clang::CXXMethodDecl>(Held);
      handleCallee(Held, BO->getLHS(), E->getBeginLoc(),
                   Method && Method->isVirtual());
      return;
    }
  }
  addOp(Category::Opaque,
        MemberPointer ? "call through a pointer to member function"
                      : "call through a function pointer",
        "target not known statically", E->getBeginLoc());
}

void BodyScanner::addDestructor(const clang::CXXRecordDecl *Class,
                                clang::SourceLocation Loc) {
  if (!Class || !Class->hasDefinition())
    return;
  Class = Class->getDefinition();
  if (Class->hasTrivialDestructor() || Ex.rules().hasTypeRule(Class))
    return; // A class rule already reported the construction.
  if (const clang::CXXDestructorDecl *Dtor = Class->getDestructor())
    addCall(Dtor, Loc, /*Virtual=*/false);
}

void BodyScanner::scanDestructorMembers(const clang::CXXDestructorDecl *Dtor) {
  const clang::CXXRecordDecl *Class = Dtor->getParent();
  for (const clang::FieldDecl *Field : Class->fields())
    addDestructor(
        Ex.context().getBaseElementType(Field->getType())->getAsCXXRecordDecl(),
        Dtor->getLocation());
  for (const clang::CXXBaseSpecifier &B : Class->bases())
    addDestructor(B.getType()->getAsCXXRecordDecl(), Dtor->getLocation());
}

// --- Calls ----------------------------------------------------------------

bool BodyScanner::VisitCallExpr(clang::CallExpr *E) {
  // A call the compiler could not make sense of is the compiler's error to
  // report, not an opaque call; its arguments are still visited.
  if (E->containsErrors())
    return true;
  const clang::FunctionDecl *Callee = E->getDirectCallee();
  if (Callee && Callee->isInvalidDecl())
    return true;
  if (!Callee) {
    handleIndirectCall(E);
    return true;
  }
  if (Ex.rules().writesArguments(Callee))
    recordArgumentWrites(E, Callee);
  unsigned Builtin = Callee->getBuiltinID();
  if ((Builtin == clang::Builtin::BIfree ||
       Builtin == clang::Builtin::BIrealloc) &&
      E->getNumArgs() > 0)
    recordRelease(E->getArg(0),
                  Builtin == clang::Builtin::BIfree ? "free of" : "realloc of",
                  E->getBeginLoc());
  const clang::Expr *Object = nullptr;
  bool Virtual = false;
  const auto *Method = llvm::dyn_cast<clang::CXXMethodDecl>(Callee);
  if (const auto *MC = llvm::dyn_cast<clang::CXXMemberCallExpr>(E))
    Object = MC->getImplicitObjectArgument();
  else if (E->getNumArgs() > 0 && !(Method && Method->isStatic()))
    Object = E->getArg(0);

  if (Method && Method->isVirtual() && Object) {
    const auto *ME =
        llvm::dyn_cast<clang::MemberExpr>(E->getCallee()->IgnoreParens());
    bool Qualified = ME && ME->hasQualifier();
    if (!Qualified) {
      if (const clang::CXXMethodDecl *Devirtualized =
              Method->getDevirtualizedMethod(Object, /*IsAppleKext=*/false))
        Callee = Devirtualized;
      else
        Virtual = true;
    }
  }

  // Record writes through mutating calls (rule packs name the mutators)
  // before the operands are visited.
  bool Mutator = Method && Ex.rules().isMutator(Method);
  if (Mutator) {
    const auto *ME =
        llvm::dyn_cast<clang::MemberExpr>(E->getCallee()->IgnoreParens());
    if (ME && !ME->isArrow())
      markWrite(ME->getBase());
    else if (ME)
      recordParamWrite(ME->getBase(), /*ThroughPointer=*/true);
  }
  if (const auto *Op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(E))
    if (isWritingOperator(Op->getOperator()) && Op->getNumArgs() > 0)
      markWrite(Op->getArg(0));

  // The arguments after the implicit object: an operator that is a member
  // function takes its object as argument 0.
  llvm::SmallVector<const clang::Expr *, 4> Args(E->arguments());
  const clang::Expr *BoundObject = nullptr;
  if (Mutator && llvm::isa<clang::CXXOperatorCallExpr>(E) && !Args.empty())
    Args.erase(Args.begin()); // Its object: written, see above.
  // A mutator's write is recorded here, at the call: its body need not be
  // followed for the object as well.
  if (Mutator)
    BoundObject = nullptr;
  else if (const auto *MC = llvm::dyn_cast<clang::CXXMemberCallExpr>(E))
    BoundObject = MC->getImplicitObjectArgument();
  else if (llvm::isa<clang::CXXOperatorCallExpr>(E) && Method &&
           Method->isInstance() && !Args.empty()) {
    BoundObject = Args.front();
    Args.erase(Args.begin());
  }
  handleCallee(Callee, Object, callLocation(E), Virtual,
               bindings(Callee,
                        Method && Method->isInstance() ? BoundObject : nullptr,
                        Args),
               functionArgs(Callee, Args));
  if (!InSystemCode)
    recordPublishedModels(E, Callee);
  return true;
}

void BodyScanner::recordPublishedModels(const clang::CallExpr *E,
                                        const clang::FunctionDecl *Callee) {
  if (!Ex.summary(Ex.idFor(Callee)).IsPublisher)
    return;
  for (unsigned I = 0; I < E->getNumArgs(); ++I)
    if (parameterIndex(E, I))
      if (auto Key = modelPublishedBy(E->getArg(I), Ex.intents()))
        Summary->Emits.push_back(
            {std::move(*Key), Ex.siteLocation(E->getArg(I)->getBeginLoc())});
}

void BodyScanner::recordEmission(const clang::Expr *E,
                                 clang::SourceLocation Where) {
  if (InSystemCode || !Emitted.insert(E).second)
    return;
  if (auto Key = intentBuiltBy(E, Ex.intents())) {
    IntentSite Site{std::move(*Key), Ex.siteLocation(Where)};
    if (auto Into = bundleFieldReceiving(E, Ex.context(), Ex.intents())) {
      Site.Bundle = std::move(Into->first);
      Site.Field = std::move(Into->second);
    }
    Summary->Emits.push_back(std::move(Site));
  }
}

bool BodyScanner::VisitCXXFunctionalCastExpr(clang::CXXFunctionalCastExpr *E) {
  // `Intent<P>{...}`: the emission is where the type is spelled.
  if (const auto *Init = llvm::dyn_cast<clang::InitListExpr>(
          E->getSubExpr()->IgnoreImplicit()))
    recordEmission(Init->isSemanticForm() ? Init : Init->getSemanticForm(),
                   E->getBeginLoc());
  return true;
}

bool BodyScanner::VisitInitListExpr(clang::InitListExpr *E) {
  if (E->isSemanticForm())
    recordEmission(E, E->getBeginLoc());
  return true;
}

bool BodyScanner::VisitCXXConstructExpr(clang::CXXConstructExpr *E) {
  const clang::CXXConstructorDecl *Ctor = E->getConstructor();
  if (!Ctor)
    return true;
  if (!InSystemCode) {
    if (auto Hit = Ex.rules().matchConstruction(Ctor)) {
      if (Hit->R->Cat != Category::Pure)
        addOp(Hit->R->Cat, std::move(Hit->What), Hit->R->Reason,
              E->getLocation());
      return true;
    }
    if (E->getNumArgs() > 0 &&
        Ex.rules().describingRule(Ctor->getParent(), Category::StreamIterator))
      recordStreamIterator(E);
  }
  recordEmission(E, E->getBeginLoc());
  if (!Ctor->isTrivial()) {
    llvm::SmallVector<const clang::Expr *, 4> Args(E->arguments());
    addCall(Ctor, E->getLocation(), /*Virtual=*/false,
            bindings(Ctor, nullptr, Args));
  }
  return true;
}

void BodyScanner::recordStreamIterator(const clang::CXXConstructExpr *E) {
  // The algorithm that writes through the iterator is the platform's code,
  // where the stream's rules are not applied: the construction is where
  // the user's code chooses the stream.
  const clang::Expr *Stream = E->getArg(0)->IgnoreParenImpCasts();
  const clang::CXXRecordDecl *StreamClass =
      Stream->getType()->getAsCXXRecordDecl();
  if (!StreamClass)
    return;
  const Rule *R = Ex.rules().typeRule(StreamClass);
  if (!R || R->Cat == Category::Pure)
    return;
  const clang::SourceManager &SM = Ex.sourceManager();
  std::string Text = spelling(Stream, SM, Ex.context().getLangOpts());
  addOp(R->Cat,
        "construction of '" + qualifiedName(E->getConstructor()->getParent()) +
            "'" + (Text.empty() ? "" : " over '" + Text + "'"),
        R->Reason, E->getLocation());
}

bool BodyScanner::VisitCXXNewExpr(clang::CXXNewExpr *E) {
  // Allocation is pure; a class-specific operator new is user code.
  if (const clang::FunctionDecl *New = E->getOperatorNew())
    if (!New->isReplaceableGlobalAllocationFunction())
      handleCallee(New, nullptr, E->getBeginLoc(), false);
  return true;
}

bool BodyScanner::VisitCXXDeleteExpr(clang::CXXDeleteExpr *E) {
  // Releasing what a parameter points to ends the caller's object.
  recordRelease(E->getArgument(), "delete of", E->getBeginLoc());
  clang::QualType T = E->getDestroyedType();
  if (const clang::CXXRecordDecl *Class = T->getAsCXXRecordDecl()) {
    if (Class->hasDefinition() && !Class->hasTrivialDestructor())
      if (const clang::CXXDestructorDecl *Dtor = Class->getDestructor())
        if (!Ex.rules().hasTypeRule(Class))
          addCall(Dtor, E->getBeginLoc(), Dtor->isVirtual());
  }
  if (const clang::FunctionDecl *Delete = E->getOperatorDelete())
    if (!Delete->isReplaceableGlobalAllocationFunction())
      handleCallee(Delete, nullptr, E->getBeginLoc(), false);
  return true;
}

bool BodyScanner::VisitCXXBindTemporaryExpr(clang::CXXBindTemporaryExpr *E) {
  if (const clang::CXXDestructorDecl *Dtor = E->getTemporary()->getDestructor())
    addDestructor(Dtor->getParent(), E->getBeginLoc());
  return true;
}

bool BodyScanner::VisitVarDecl(clang::VarDecl *VD) {
  Flow.noteLocal(VD);
  if (!VD->hasLocalStorage() || VD->getType()->isReferenceType())
    return true;
  addDestructor(
      Ex.context().getBaseElementType(VD->getType())->getAsCXXRecordDecl(),
      VD->getLocation());
  return true;
}

// --- State ----------------------------------------------------------------

void BodyScanner::markWrite(const clang::Expr *Target) {
  if (const clang::Expr *Root = writeRoot(Target))
    Written.insert(Root);
  recordParamWrite(Target, /*ThroughPointer=*/false);
}

void BodyScanner::noteAddressToken(const clang::Expr *E) {
  const auto *AddressOf =
      llvm::dyn_cast<clang::UnaryOperator>(E->IgnoreParenImpCasts());
  if (!AddressOf || AddressOf->getOpcode() != clang::UO_AddrOf)
    return;
  if (const auto *Ref = llvm::dyn_cast<clang::DeclRefExpr>(
          AddressOf->getSubExpr()->IgnoreParens()))
    AddressTokens.insert(Ref);
}

bool BodyScanner::VisitCastExpr(clang::CastExpr *E) {
  // An address turned into `void *` cannot be dereferenced without a cast
  // back: a sentinel (`pPrevKeyNode(&sequenceMarker)` into a void* member).
  if (E->getType()->isVoidPointerType())
    noteAddressToken(E->getSubExpr());
  return true;
}

bool BodyScanner::VisitBinaryOperator(clang::BinaryOperator *E) {
  if (E->isComparisonOp()) {
    noteAddressToken(E->getLHS());
    noteAddressToken(E->getRHS());
  }
  if (E->isAssignmentOp()) {
    markWrite(E->getLHS());
    clang::QualType T = E->getLHS()->getType();
    if (T.isVolatileQualified() && !InSystemCode)
      addOp(Category::GlobalState, "write to a volatile object",
            "volatile access", E->getLHS()->getExprLoc());
  }
  return true;
}

bool BodyScanner::VisitUnaryOperator(clang::UnaryOperator *E) {
  if (E->isIncrementDecrementOp())
    markWrite(E->getSubExpr());
  return true;
}

bool BodyScanner::VisitImplicitCastExpr(clang::ImplicitCastExpr *E) {
  if (InSystemCode || E->getCastKind() != clang::CK_LValueToRValue)
    return true;
  const clang::Expr *Sub = E->getSubExpr();
  if (!Sub->getType().isVolatileQualified())
    return true;
  std::string What = "read of a volatile object";
  if (const auto *Ref =
          llvm::dyn_cast<clang::DeclRefExpr>(Sub->IgnoreParenImpCasts()))
    What = "read of volatile '" + Ref->getDecl()->getNameAsString() + "'";
  addOp(Category::GlobalState, What, "volatile access", Sub->getExprLoc());
  return true;
}

bool BodyScanner::VisitDeclRefExpr(clang::DeclRefExpr *E) {
  const auto *VD = llvm::dyn_cast<clang::VarDecl>(E->getDecl());
  if (InSystemCode || !VD || !isMutableGlobal(VD))
    return true;
  const clang::SourceManager &SM = Ex.sourceManager();
  if (isPlatformLocation(SM, VD->getLocation()))
    return true; // std::cout, stdout: the calls on them carry the meaning.
  std::string Variable;
  bool Write = isWritten(E);
  if (!Write && (AddressTokens.contains(E) || isConstantHere(VD, Variable)))
    return true; // An address only compared never observes the value.
  std::string Name =
      VD->isStaticLocal() ? VD->getNameAsString() : qualifiedName(VD);
  std::string What =
      (Write ? "write to " : "read of ") + globalKind(VD) + " '" + Name + "'";
  size_t Before = Summary->Ops.size();
  addOp(Category::GlobalState, std::move(What), "", E->getLocation());
  // In a static's initialiser the operation is not recorded (see addOp).
  if (!Write && Summary->Ops.size() > Before)
    Summary->Ops.back().Variable = std::move(Variable);
  return true;
}

bool BodyScanner::isConstantHere(const clang::VarDecl *VD,
                                 std::string &Variable) {
  if (Ex.variableWrites().mayBeModified(VD))
    return false;
  // A function-local static or an internal-linkage variable: every use is
  // in this unit, and none modifies it.
  if (VD->isStaticLocal() || !VD->isExternallyVisible())
    return true;
  // Another unit may write it: the whole program decides.
  Variable = Ex.variableUSR(VD);
  return false;
}

bool BodyScanner::isReferenceCount(const clang::Expr *Target) {
  const auto *Member =
      llvm::dyn_cast<clang::MemberExpr>(Target->IgnoreParenImpCasts());
  return Member && Member->getMemberDecl()->getIdentifier() &&
         Ex.rules().isReferenceCount(Member->getMemberDecl()->getName());
}

bool BodyScanner::mayMutateOwnMembers(const clang::CXXRecordDecl *Class) const {
  const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(Def);
  return MD &&
         MD->getParent()->getCanonicalDecl() == Class->getCanonicalDecl() &&
         buildsItsObject(MD);
}

bool BodyScanner::VisitMemberExpr(clang::MemberExpr *E) {
  if (InSystemCode || !isWritten(E))
    return true;
  const auto *Field = llvm::dyn_cast<clang::FieldDecl>(E->getMemberDecl());
  const auto *This =
      llvm::dyn_cast<clang::CXXThisExpr>(E->getBase()->IgnoreParenImpCasts());
  if (!Field || !This)
    return true;
  const clang::CXXRecordDecl *Class =
      This->getType()->getPointeeCXXRecordDecl();
  if (!Class || !Ex.roles().isReducerClass(Class) ||
      mayMutateOwnMembers(Class) || isReferenceCount(E))
    return true;
  addOp(Category::MemberState,
        "write to member '" + Field->getNameAsString() + "' of '" +
            qualifiedName(Class) + "'",
        "", E->getMemberLoc());
  return true;
}

bool BodyScanner::VisitAsmStmt(clang::AsmStmt *S) {

  if (!InSystemCode)
    addOp(Category::Syscall, "inline assembly", "asm", S->getAsmLoc());
  return true;
}

} // namespace onex
