//===- SummaryIOTest.cpp - Unit summaries: write, read, reject ------------===//

#include "checker/SummaryIO.h"
#include "TestAST.h"
#include "checker/Analysis.h"
#include "gtest/gtest.h"

namespace onex {
namespace {

constexpr const char *Code = R"(
#include <cstdio>
#include "onex.h"
static int counter;
void helper() { puts("x"); } // NOLINT(onex-purity-io): audited
static void call(void (*f)(), int &out) { f(); out = 1; }
class NodeCountReducer : public onex::NodeReducer {
public:
  int execute(int &total) { helper(); call(helper, total); return ++counter; }
};
)";

UnitSummary summarize(llvm::StringRef Source) {
  auto AST = test::buildAST(Source);
  auto Config = test::config();
  UnitSummary Unit =
      summarizeTranslationUnit(AST->getASTContext(), *Config).Unit;
  Unit.MainFile = "/src/input.cc";
  return Unit;
}

TEST(SummaryIO, RoundTripIsByteIdentical) {
  UnitSummary Unit = summarize(Code);
  ASSERT_GT(Unit.Program.size(), 1u);
  // The value-flow facts are in it: call() calls its parameter 1 and
  // writes its parameter 2; execute passes total and helper to it.
  bool SawFacts = false;
  for (const FunctionSummary &S : Unit.Program.functions())
    if (S.ShortName == "call")
      SawFacts = S.ParamCalls.size() == 1 && S.ParamCalls[0].Param == 1 &&
                 S.ParamWrites.size() == 1 && S.ParamWrites[0].Param == 2;
  EXPECT_TRUE(SawFacts);
  std::string Text = writeUnitSummary(Unit);
  llvm::Expected<UnitSummary> Read = readUnitSummary(Text, "u.onexsum");
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  EXPECT_EQ(writeUnitSummary(*Read), Text);
  EXPECT_EQ(Read->MainFile, "/src/input.cc");
  EXPECT_EQ(Read->Program.size(), Unit.Program.size());
}

TEST(SummaryIO, VariableFactsTravel) {
  // An external variable this unit never writes is read (the link decides);
  // one it writes is listed; a static's initialiser calls are bookkeeping.
  UnitSummary Unit = summarize(R"(
#include "onex.h"
extern int limit;
int seen = 0;
int bump() { return ++seen; }
int first() { static int f = bump(); return f; }
class NodeReadReducer : public onex::NodeReducer {
public:
  int execute() { return limit + first(); }
};
)");
  auto Read = readUnitSummary(writeUnitSummary(Unit), "u.onexsum");
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  EXPECT_TRUE(Read->Program.mayModifyVariable("c:@seen"));
  EXPECT_FALSE(Read->Program.mayModifyVariable("c:@limit"));
  bool ReadsLimit = false, OnceOnlyCall = false;
  for (const FunctionSummary &S : Read->Program.functions()) {
    for (const Operation &Op : S.Ops)
      ReadsLimit |= Op.Variable == "c:@limit";
    if (S.ShortName == "first")
      for (const CallSite &C : S.Calls)
        OnceOnlyCall |= C.Bookkeeping;
  }
  EXPECT_TRUE(ReadsLimit);
  EXPECT_TRUE(OnceOnlyCall);
}

TEST(SummaryIO, WaiversTravelWithTheirSites) {
  UnitSummary Unit = summarize(Code);
  std::optional<FunctionId> Helper;
  for (FunctionId Id = 0; Id < Unit.Program.size(); ++Id)
    if (Unit.Program[Id].ShortName == "helper")
      Helper = Id;
  ASSERT_TRUE(Helper);
  // puts is a rule hit (an operation) in helper.
  ASSERT_EQ(Unit.Program[*Helper].Ops.size(), 1u);
  const Location &Site = Unit.Program[*Helper].Ops[0].Where;
  const Waiver *W = Site.waiverFor(Category::IO);
  ASSERT_TRUE(W);
  EXPECT_EQ(W->Justification, "audited");
  EXPECT_FALSE(Site.waiverFor(Category::Syscall));
  auto Read = readUnitSummary(writeUnitSummary(Unit), "u.onexsum");
  ASSERT_TRUE(bool(Read));
  const Waiver *ReadBack =
      (*Read).Program[*Helper].Ops[0].Where.waiverFor(Category::IO);
  ASSERT_TRUE(ReadBack);
  EXPECT_EQ(ReadBack->Line, W->Line);
}

TEST(SummaryIO, SuggestionsKeepTheirMessageAndFixes) {
  UnitSummary Unit = summarize(R"(
#include "onex.h"
class NodeSumReducer : public onex::NodeReducer {
public:
  int execute(int d) { return base_ + d; }
private:
  int base_ = 1;
};
)");
  ASSERT_EQ(Unit.LocalFindings.size(), 1u);
  const Finding &Found = Unit.LocalFindings[0];
  ASSERT_EQ(Found.Fixes.size(), 1u);
  EXPECT_EQ(Found.Fixes[0].Insert, " const");
  auto Read = readUnitSummary(writeUnitSummary(Unit), "u.onexsum");
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  ASSERT_EQ(Read->LocalFindings.size(), 1u);
  const Finding &Back = Read->LocalFindings[0];
  EXPECT_EQ(Back.message(), Found.message());
  EXPECT_NE(Back.message().find("declare it const"), std::string::npos);
  ASSERT_EQ(Back.Fixes.size(), 1u);
  EXPECT_EQ(Back.Fixes[0].Insert, " const");
  EXPECT_EQ(Back.Fixes[0].Where.Line, Found.Fixes[0].Where.Line);
  EXPECT_EQ(Back.Fixes[0].Where.Column, Found.Fixes[0].Where.Column);
}

TEST(SummaryIO, PublishersTravelAndAreNotScanned) {
  UnitSummary Unit = summarize(R"(
#include <cstdio>
#include "onex.h"
class [[clang::annotate("onex::intent_publisher")]] Publisher {
public:
  void publish(int v) { puts("topic"); (void)v; }
};
class NodeSendReducer : public onex::NodeReducer, public Publisher {
public:
  int execute(int v) const { return v; }
};
)");
  const FunctionSummary *Publish = nullptr, *Execute = nullptr;
  for (const FunctionSummary &S : Unit.Program.functions()) {
    if (S.ShortName == "publish")
      Publish = &S;
    if (S.ShortName == "execute")
      Execute = &S;
  }
  ASSERT_TRUE(Publish && Execute);
  EXPECT_TRUE(Publish->IsPublisher);
  EXPECT_TRUE(Publish->Ops.empty());  // Effect-side code: not scanned.
  EXPECT_FALSE(Execute->IsPublisher); // A reducer mixing it in stays one.
  auto Read = readUnitSummary(writeUnitSummary(Unit), "u.onexsum");
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  bool ReadBack = false;
  for (const FunctionSummary &S : Read->Program.functions())
    ReadBack |= S.ShortName == "publish" && S.IsPublisher;
  EXPECT_TRUE(ReadBack);
}

std::string readError(llvm::StringRef Text) {
  llvm::Expected<UnitSummary> Read = readUnitSummary(Text, "bad.onexsum");
  return Read ? "" : llvm::toString(Read.takeError());
}

TEST(SummaryIO, MalformedEntriesSayWhere) {
  std::string Text = writeUnitSummary(summarize(Code));
  EXPECT_EQ(readError("garbage").substr(0, 32),
            "bad.onexsum: not a summary file:");
  EXPECT_EQ(readError(R"({"format":"onex-summary","version":1})"),
            "bad.onexsum: summary format version 1 is not supported (this "
            "tool reads version " +
                std::to_string(SummaryFormatVersion) + "); extract it again");
  // A negative line number in the first function's declaration.
  size_t Decl = Text.find("\"decl\":[");
  ASSERT_NE(Decl, std::string::npos);
  std::string Damaged = Text;
  size_t Line = Damaged.find(',', Decl) + 1;
  Damaged.insert(Line, "-");
  std::string Error = readError(Damaged);
  EXPECT_NE(Error.find("bad.onexsum: "), std::string::npos) << Error;
  EXPECT_NE(Error.find("expected an integer in range"), std::string::npos)
      << Error;
  EXPECT_NE(Error.find("summary.functions[0].decl[1]"), std::string::npos)
      << Error;
}

} // namespace
} // namespace onex
