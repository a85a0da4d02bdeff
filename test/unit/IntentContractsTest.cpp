//===- IntentContractsTest.cpp - Emissions meet handlers ------------------===//

#include "checker/IntentContracts.h"
#include "TestAST.h"
#include "checker/Analysis.h"
#include "checker/SummaryIO.h"
#include "gtest/gtest.h"

namespace onex {
namespace {

IntentKey key(const std::string &Model, const std::string &Type = "") {
  return {Model, Type, "onex::ModelIntent<" + Model + ">"};
}

Location at(llvm::StringRef File, unsigned Line, unsigned Column) {
  Location L;
  L.File = File.str();
  L.Line = Line;
  L.Column = Column;
  return L;
}

TEST(IntentKey, OpenFieldsTakeAnyValue) {
  EXPECT_TRUE(key("A").handles(key("A", "\"X\"")));
  EXPECT_TRUE(key("A", "\"X\"").handles(key("A"))); // Built at run time.
  EXPECT_TRUE(key("A", "\"X\"").handles(key("A", "\"X\"")));
  EXPECT_FALSE(key("A", "\"X\"").handles(key("A", "\"Y\"")));
  EXPECT_FALSE(key("B").handles(key("A")));
  EXPECT_TRUE(key("", "\"X\"").handles(key("A", "\"X\"")));
  EXPECT_EQ(key("A", "\"X\"").describe(),
            "'onex::ModelIntent<A>' of type \"X\"");
}

/// A program of one reducer emitting Emitted and one effect handling
/// Handled, each at its own line.
struct Program {
  ProgramSummary P;
  std::vector<Emission> Emissions;
};

Program program(std::vector<IntentKey> Emitted,
                std::vector<IntentKey> Handled) {
  Program Result;
  bool Created = false;
  FunctionSummary &Effect = Result.P[Result.P.getOrCreate("effect", Created)];
  Effect.QualifiedName = "NodeEffect::handle";
  Effect.IsEffect = Effect.HasBody = true;
  Effect.Decl = at("effect.cpp", 1, 1);
  for (size_t I = 0; I < Handled.size(); ++I)
    Effect.Handles.push_back(
        {Handled[I], at("effect.cpp", unsigned(I + 2), 3)});
  FunctionSummary &Reducer = Result.P[Result.P.getOrCreate("reducer", Created)];
  Reducer.QualifiedName = "NodeXReducer::reduce";
  Reducer.Entry = EntryKind::Reducer;
  Reducer.HasBody = true;
  Reducer.Decl = at("reducer.cpp", 1, 1);
  for (size_t I = 0; I < Emitted.size(); ++I)
    Result.Emissions.push_back(
        {{Emitted[I], at("reducer.cpp", unsigned(I + 2), 5)},
         Reducer.QualifiedName,
         Reducer.Decl,
         EntryKind::Reducer,
         {}});
  return Result;
}

TEST(IntentContracts, UnhandledAtTheEmissionDeadAtTheHandler) {
  Program Shop =
      program({key("A", "\"X\""), key("B")}, {key("A", "\"X\""), key("C")});
  std::vector<Finding> Found = checkIntentContracts(Shop.P, Shop.Emissions);
  ASSERT_EQ(Found.size(), 2u);
  EXPECT_EQ(Found[0].checkName(), "onex-intent-dead-handler");
  EXPECT_EQ(Found[0].Primary.Line, 3u);
  EXPECT_EQ(Found[0].message(),
            "handler of intent 'onex::ModelIntent<C>' in effect "
            "'NodeEffect::handle' is dead: no reducer of the program emits "
            "that intent");
  EXPECT_EQ(Found[1].checkName(), "onex-intent-unhandled");
  EXPECT_EQ(Found[1].Primary.Line, 3u);
  EXPECT_EQ(Found[1].message(),
            "intent 'onex::ModelIntent<B>' is handled by no effect or intent "
            "executor; in reducer 'NodeXReducer::reduce'");
  ASSERT_EQ(Found[1].Notes.size(), 1u);
  EXPECT_EQ(Found[1].Notes[0].second,
            "searched 1 effect or intent executor, none for 'B': "
            "'NodeEffect::handle'");
}

TEST(IntentContracts, DeadHandlersNeedTheWholeProgram) {
  Program NoReducer = program({}, {key("C")});
  NoReducer.P[*NoReducer.P.find("reducer")].Entry = EntryKind::None;
  EXPECT_TRUE(checkIntentContracts(NoReducer.P, {}).empty());
  Program Shop = program({key("B")}, {key("C")});
  ContractScope OneFile;
  OneFile.ReportDeadHandlers = false;
  std::vector<Finding> Found =
      checkIntentContracts(Shop.P, Shop.Emissions, OneFile);
  ASSERT_EQ(Found.size(), 1u);
  EXPECT_EQ(Found[0].checkName(), "onex-intent-unhandled");
}

TEST(IntentContracts, OtherHandlersCount) {
  Program Here = program({key("B")}, {});
  Program Index = program({}, {key("B")});
  ContractScope WithIndex;
  WithIndex.OtherHandlers = &Index.P;
  WithIndex.ReportDeadHandlers = false;
  EXPECT_TRUE(checkIntentContracts(Here.P, Here.Emissions, WithIndex).empty());
}

TEST(IntentContracts, AProgramThatRoutesNoIntentIsNotChecked) {
  Program Library = program({key("A"), key("B")}, {});
  EXPECT_FALSE(routesIntents(Library.P));
  EXPECT_TRUE(checkIntentContracts(Library.P, Library.Emissions).empty());
  Program Index = program({}, {key("C")});
  ContractScope WithIndex;
  WithIndex.OtherHandlers = &Index.P;
  EXPECT_TRUE(routesIntents(Library.P, WithIndex));
  EXPECT_EQ(
      checkIntentContracts(Library.P, Library.Emissions, WithIndex).size(), 2u);
}

TEST(IntentContracts, ExternalIntentsAreNeitherUnhandledNorDead) {
  Program Billing = program({key("Receipt", "\"SEND\""), key("Charge")},
                            {key("Charge"), key("Refund")});
  ContractScope Services;
  Services.ExternalIntents = "^SEND$|Refund";
  EXPECT_TRUE(
      checkIntentContracts(Billing.P, Billing.Emissions, Services).empty());
  Services.ExternalIntents = "Refund";
  std::vector<Finding> Found =
      checkIntentContracts(Billing.P, Billing.Emissions, Services);
  ASSERT_EQ(Found.size(), 1u);
  EXPECT_EQ(Found[0].checkName(), "onex-intent-unhandled");
}

TEST(IntentContracts, AForwardedIntentIsHandledWhereTheCalleeReadsIt) {
  // The effect hands A (param 1 of `helper`) and B (to `drop`); helper
  // reads its parameter 1, drop reads nothing, `elsewhere` has no body.
  Program Shop = program({key("A"), key("B"), key("C")}, {});
  FunctionSummary &Effect = Shop.P[*Shop.P.find("effect")];
  for (auto [Model, To] :
       {std::pair{"A", "helper"}, {"B", "drop"}, {"C", "elsewhere"}}) {
    IntentSite Site(key(Model), at("effect.cpp", 2, 3));
    Site.ForwardTo = To;
    Site.ForwardParam = 1;
    Effect.Handles.push_back(Site);
  }
  bool Created = false;
  FunctionSummary &Helper = Shop.P[Shop.P.getOrCreate("helper", Created)];
  Helper.QualifiedName = "helper";
  Helper.HasBody = true;
  IntentSite Read(key("A"), at("effect.cpp", 9, 3));
  Read.Param = 1;
  Helper.Handles.push_back(Read);
  FunctionSummary &Drop = Shop.P[Shop.P.getOrCreate("drop", Created)];
  Drop.QualifiedName = "drop";
  Drop.HasBody = true;
  Shop.P.getOrCreate("elsewhere", Created);

  HandlerResolver Resolver(Shop.P, nullptr);
  const FunctionSummary &E = Shop.P[*Shop.P.find("effect")];
  EXPECT_TRUE(Resolver.takes(E.Handles[0], key("A")));
  EXPECT_FALSE(Resolver.takes(E.Handles[1], key("B")));
  EXPECT_TRUE(Resolver.takes(E.Handles[2], key("C")));  // May handle it.
  EXPECT_FALSE(Resolver.takes(E.Handles[0], key("B"))); // Another model.

  std::vector<Finding> Found = checkIntentContracts(Shop.P, Shop.Emissions);
  ASSERT_EQ(Found.size(), 1u); // B: unhandled, and its handler not dead.
  EXPECT_EQ(Found[0].checkName(), "onex-intent-unhandled");
  EXPECT_EQ(Found[0].What, "intent 'onex::ModelIntent<B>'");
  ASSERT_FALSE(Found[0].Notes.empty());
  EXPECT_EQ(Found[0].Notes[0].second,
            "'NodeEffect::handle' hands it to 'drop' here, which does not "
            "handle it");
}

TEST(IntentContracts, BundleSitesTravelInSummaries) {
  auto AST = test::buildAST(R"(
#include "onex.h"
#include <vector>
struct Paid : onex::BaseModel { int id = 0; };
struct Sent : onex::BaseModel { int id = 0; };
struct Out {
  std::vector<onex::ModelIntent<Paid>> paid;
  std::vector<onex::ModelIntent<Sent>> sent;
};
class NodePayReducer : public onex::NodeReducer {
public:
  Out reduce(int id) const {
    Out o;
    o.paid.push_back({{{}, id}});
    return o;
  }
};
void log(const std::vector<onex::ModelIntent<Sent>> &v);
class NodePayEffect : public onex::NodeEffect {
public:
  int execute(const Out &in) {
    int n = 0;
    for (const auto &p : in.paid)
      n += p.payload.id;
    log(in.sent);
    return n + int(in.sent.size());
  }
};
)");
  UnitSummary Unit =
      summarizeTranslationUnit(AST->getASTContext(), *test::config()).Unit;
  auto Read = readUnitSummary(writeUnitSummary(Unit), "u.onexsum");
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  const FunctionSummary *Reducer = nullptr, *Effect = nullptr;
  for (const FunctionSummary &S : Read->Program.functions()) {
    if (S.QualifiedName == "NodePayReducer::reduce")
      Reducer = &S;
    if (S.QualifiedName == "NodePayEffect::execute")
      Effect = &S;
  }
  ASSERT_TRUE(Reducer && Effect);
  ASSERT_EQ(Reducer->Emits.size(), 1u);
  EXPECT_EQ(Reducer->Emits[0].Bundle, "Out");
  EXPECT_EQ(Reducer->Emits[0].Field, "paid");
  ASSERT_EQ(Effect->Handles.size(), 2u);
  EXPECT_EQ(Effect->Handles[0].Intent.Model, "Paid");
  EXPECT_EQ(Effect->Handles[0].Field, "paid");
  EXPECT_EQ(Effect->Handles[0].Param, 1u);
  EXPECT_EQ(Effect->Handles[0].Where.Line, 24u); // The range.
  EXPECT_TRUE(Effect->Handles[0].ForwardTo.empty());
  EXPECT_EQ(Effect->Handles[1].Intent.Model, "Sent");
  EXPECT_EQ(Effect->Handles[1].Field, "sent");
  EXPECT_FALSE(Effect->Handles[1].ForwardTo.empty()); // To log's param 1.
  EXPECT_EQ(Effect->Handles[1].ForwardParam, 1u);
}

TEST(IntentContracts, SitesTravelInSummaries) {
  auto AST = test::buildAST(R"(
#include "onex.h"
struct Paid : onex::BaseModel { int id = 0; };
class NodePayReducer : public onex::NodeReducer {
public:
  onex::ModelIntent<Paid> reduce(int id) const {
    return onex::ModelIntent<Paid>{{{}, id}};
  }
};
class NodePayEffect : public onex::NodeEffect {
public:
  void handle(const onex::ModelIntent<Paid> &) {}
};
class [[clang::annotate("onex::intent_executor")]] Router {
public:
  void route(const Paid &) {}
};
)");
  UnitSummary Unit =
      summarizeTranslationUnit(AST->getASTContext(), *test::config()).Unit;
  auto Read = readUnitSummary(writeUnitSummary(Unit), "u.onexsum");
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  unsigned Emits = 0, Handles = 0, Executors = 0;
  for (const FunctionSummary &S : Read->Program.functions()) {
    for (const IntentSite &E : S.Emits) {
      ++Emits;
      EXPECT_EQ(E.Intent.Model, "Paid");
      EXPECT_EQ(E.Intent.Spelling, "onex::ModelIntent<Paid>");
      EXPECT_EQ(E.Where.Line, 7u);
    }
    Handles += S.Handles.size();
    Executors += S.IsExecutor;
  }
  EXPECT_EQ(Emits, 1u);
  EXPECT_EQ(Handles, 2u); // The effect's parameter, the router's.
  EXPECT_EQ(Executors, 1u);
}

} // namespace
} // namespace onex
