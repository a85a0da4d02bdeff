//===- ModelDraft.cpp -----------------------------------------------------===//

#include "checker/ModelDraft.h"
#include "checker/AstNames.h"
#include "checker/Config.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include <map>

namespace onex {

namespace {

std::string spelled(clang::QualType T, const clang::ASTContext &Ctx) {
  clang::PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  Policy.SuppressScope = false;
  return T.getNonReferenceType().getUnqualifiedType().getAsString(Policy);
}

/// A type as a model field spells it: template arguments lose their sugar
/// (std::string prints as std::basic_string<char>), so put it back.
std::string fieldType(clang::QualType T, const clang::ASTContext &Ctx) {
  std::string Text = spelled(T, Ctx);
  for (llvm::StringRef Long :
       {"std::basic_string<char, std::char_traits<char>, "
        "std::allocator<char>>",
        "std::basic_string<char>"}) {
    for (size_t At; (At = Text.find(Long.str())) != std::string::npos;)
      Text.replace(At, Long.size(), "std::string");
  }
  return Text;
}

/// The constant string a key argument spells, through the conversions to
/// std::string or a json key type; "" when it is not constant.
std::string constantKey(const clang::Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *S = llvm::dyn_cast<clang::StringLiteral>(E))
      return S->getString().str();
    if (const auto *C = llvm::dyn_cast<clang::CXXConstructExpr>(E)) {
      E = C->getNumArgs() ? C->getArg(0) : nullptr;
      continue;
    }
    if (const auto *M = llvm::dyn_cast<clang::MaterializeTemporaryExpr>(E)) {
      E = M->getSubExpr();
      continue;
    }
    if (const auto *B = llvm::dyn_cast<clang::CXXBindTemporaryExpr>(E)) {
      E = B->getSubExpr();
      continue;
    }
    return "";
  }
  return "";
}

/// Whether E is itself a value reached through a key.
bool isKeyAccess(const clang::Expr *E) {
  E = E->IgnoreImplicit();
  if (const auto *Op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(E))
    return Op->getOperator() == clang::OO_Subscript;
  if (const auto *Call = llvm::dyn_cast<clang::CXXMemberCallExpr>(E)) {
    const clang::CXXMethodDecl *M = Call->getMethodDecl();
    return M && M->getIdentifier() &&
           (M->getName() == "at" || M->getName() == "value");
  }
  return false;
}

class KeyFinder : public clang::RecursiveASTVisitor<KeyFinder> {
public:
  KeyFinder(clang::ASTContext &Ctx, llvm::StringRef TypeName)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), TypeName(TypeName) {}

  bool VisitCXXOperatorCallExpr(clang::CXXOperatorCallExpr *E) {
    if (E->getOperator() == clang::OO_Subscript && E->getNumArgs() == 2)
      use(*E, E->getArg(0), E->getArg(1), nullptr);
    return true;
  }

  bool VisitCXXMemberCallExpr(clang::CXXMemberCallExpr *E) {
    const clang::CXXMethodDecl *M = E->getMethodDecl();
    if (!M || !M->getIdentifier() || E->getNumArgs() == 0)
      return true;
    llvm::StringRef Name = M->getName();
    if (Name == "at")
      use(*E, E->getImplicitObjectArgument(), E->getArg(0), nullptr);
    else if (Name == "value" && E->getNumArgs() == 2)
      use(*E, E->getImplicitObjectArgument(), E->getArg(0), E->getArg(1));
    return true;
  }

  std::vector<KeyUse> Uses;

private:
  void use(const clang::Expr &Use, const clang::Expr *Object,
           const clang::Expr *KeyArg, const clang::Expr *Default) {
    if (!Object || isPlatformLocation(SM, Use.getExprLoc()) ||
        !typeIsSpelled(Object->getType(), TypeName, Ctx) || isKeyAccess(Object))
      return; // j["a"]["b"]: "b" belongs to the model of "a".
    std::string Key = constantKey(KeyArg);
    if (Key.empty())
      return;
    std::string Type = Default ? valueTypeOf(Default->IgnoreParenImpCasts())
                               : typeGivenTo(Use);
    Uses.push_back({Key, Type, makeLocation(SM, Use.getExprLoc())});
  }

  /// The type of a value the code stores: literals as the model would
  /// hold them; the dict type itself (a nested object) is unknown.
  std::string valueTypeOf(const clang::Expr *E) {
    E = E->IgnoreParenImpCasts();
    if (llvm::isa<clang::StringLiteral>(E))
      return "std::string";
    if (llvm::isa<clang::CXXBoolLiteralExpr>(E))
      return "bool";
    clang::QualType T = E->getType();
    if (T.isNull() || typeIsSpelled(T, TypeName, Ctx) || T->isDependentType())
      return "";
    return fieldType(T, Ctx);
  }

  const clang::Stmt *parentOf(const clang::Stmt &S) {
    auto Parents = Ctx.getParents(S);
    return Parents.size() == 1 ? Parents[0].get<clang::Stmt>() : nullptr;
  }

  /// What the surrounding code makes of the value at Use.
  std::string typeGivenTo(const clang::Expr &Use) {
    const clang::Stmt *Cur = &Use;
    for (;;) {
      auto Parents = Ctx.getParents(*Cur);
      if (Parents.size() != 1)
        return "";
      if (const auto *Var = Parents[0].get<clang::VarDecl>())
        return Var->getType()->getContainedAutoType()
                   ? ""
                   : valueTypeOfDeclared(Var->getType());
      const clang::Stmt *P = Parents[0].get<clang::Stmt>();
      if (!P)
        return "";
      if (llvm::isa<clang::ImplicitCastExpr, clang::MaterializeTemporaryExpr,
                    clang::CXXBindTemporaryExpr, clang::ParenExpr,
                    clang::ExprWithCleanups>(P)) {
        Cur = P;
        continue;
      }
      if (const auto *Member = llvm::dyn_cast<clang::MemberExpr>(P))
        return typeFromMemberCall(*Member);
      if (const auto *Op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(P))
        return Op->getOperator() == clang::OO_Equal && Op->getArg(0) == Cur
                   ? valueTypeOf(Op->getArg(1))
                   : "";
      if (const auto *Call = llvm::dyn_cast<clang::CallExpr>(P))
        return typeFromCast(*Call);
      if (const auto *Construct = llvm::dyn_cast<clang::CXXConstructExpr>(P))
        return valueTypeOfDeclared(Construct->getType());
      return "";
    }
  }

  std::string valueTypeOfDeclared(clang::QualType T) {
    if (typeIsSpelled(T, TypeName, Ctx) || T->isDependentType())
      return "";
    return fieldType(T, Ctx);
  }

  /// j["count"].get<int>(), or a conversion operator's target.
  std::string typeFromMemberCall(const clang::MemberExpr &Member) {
    const auto *Call =
        llvm::dyn_cast_or_null<clang::CXXMemberCallExpr>(parentOf(Member));
    const clang::CXXMethodDecl *M = Call ? Call->getMethodDecl() : nullptr;
    if (!M)
      return "";
    if (const auto *Conversion = llvm::dyn_cast<clang::CXXConversionDecl>(M))
      return valueTypeOfDeclared(Conversion->getConversionType());
    const clang::TemplateArgumentList *Args =
        M->getTemplateSpecializationArgs();
    if (M->getIdentifier() && M->getName().starts_with("get") && Args &&
        Args->size() >= 1 &&
        Args->get(0).getKind() == clang::TemplateArgument::Type)
      return valueTypeOfDeclared(Args->get(0).getAsType());
    return "";
  }

  /// std::any_cast<double>(m["ratio"]) and the like.
  std::string typeFromCast(const clang::CallExpr &Call) {
    const auto *F = Call.getDirectCallee();
    const clang::TemplateArgumentList *Args =
        F ? F->getTemplateSpecializationArgs() : nullptr;
    if (!F || !F->getIdentifier() || !F->getName().ends_with("_cast") ||
        !Args || Args->size() < 1 ||
        Args->get(0).getKind() != clang::TemplateArgument::Type)
      return "";
    return valueTypeOfDeclared(Args->get(0).getAsType());
  }

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  llvm::StringRef TypeName;
};

/// A field name for Key: itself when it is an identifier, else snake_case.
std::string fieldName(llvm::StringRef Key) {
  std::string Name;
  for (char C : Key)
    Name += llvm::isAlnum(C) ? C : '_';
  if (Name.empty() || llvm::isDigit(Name.front()))
    Name.insert(Name.begin(), '_');
  return Name;
}

} // namespace

bool typeIsSpelled(clang::QualType Type, llvm::StringRef Name,
                   const clang::ASTContext &Ctx) {
  for (clang::QualType T = Type.getNonReferenceType();;) {
    T = T.getUnqualifiedType();
    if (spelled(T, Ctx) == Name)
      return true;
    clang::QualType Next = T.getSingleStepDesugaredType(Ctx);
    if (Next == T)
      break;
    T = Next;
  }
  const auto *Record = Type.getNonReferenceType()->getAsCXXRecordDecl();
  return Record && qualifiedName(Record) == Name;
}

std::vector<KeyUse> findKeyUses(clang::ASTContext &Ctx,
                                llvm::StringRef TypeName) {
  KeyFinder Finder(Ctx, TypeName);
  Finder.TraverseAST(Ctx);
  return std::move(Finder.Uses);
}

std::string modelBaseName(llvm::StringRef ModelBaseClasses) {
  std::vector<std::string> Bases = splitList(ModelBaseClasses);
  llvm::StringRef Base = "::onex::BaseModel";
  if (!Bases.empty())
    Base = Bases.front();
  Base.consume_front("::");
  return Base.str();
}

std::string draftModel(llvm::StringRef Name, llvm::StringRef Base,
                       llvm::StringRef TypeName, llvm::ArrayRef<KeyUse> Uses) {
  std::map<std::string, std::vector<const KeyUse *>> ByKey;
  for (const KeyUse &U : Uses)
    ByKey[U.Key].push_back(&U);
  std::string Out = "// Drafted by onex-purity suggest-model from " +
                    std::to_string(Uses.size()) + " use" +
                    (Uses.size() == 1 ? "" : "s") + " of '" + TypeName.str() +
                    "'.\nstruct " + Name.str() + " : " + Base.str() + " {\n";
  for (const auto &[Key, KeyUses] : ByKey) {
    std::vector<std::string> Types;
    for (const KeyUse *U : KeyUses)
      if (!U->Type.empty() && !llvm::is_contained(Types, U->Type))
        Types.push_back(U->Type);
    const KeyUse &First = *KeyUses.front();
    std::string Field = fieldName(Key);
    Out += "  " + (Types.empty() ? std::string("TODO_TYPE") : Types.front()) +
           " " + Field + ";";
    std::vector<std::string> Comments;
    if (Field != Key)
      Comments.push_back("key \"" + Key + "\"");
    if (Types.size() > 1)
      Comments.push_back("also used as " +
                         llvm::join(llvm::drop_begin(Types), ", "));
    if (Types.empty())
      Comments.push_back("the code never says its type");
    Comments.push_back("first used at " + First.Where.File + ":" +
                       std::to_string(First.Where.Line));
    Out += " // " + llvm::join(Comments, "; ") + "\n";
  }
  return Out + "};\n";
}

} // namespace onex
