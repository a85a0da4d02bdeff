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
