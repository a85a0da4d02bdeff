//===- ReachabilityTest.cpp - The search over hand-built summaries --------===//
//
// Summaries written by hand, so each test states exactly the call graph it
// searches: which entry reaches which operation, by which chain, and what
// a waiver on a call covers.
//
//===----------------------------------------------------------------------===//

#include "checker/Reachability.h"
#include "gtest/gtest.h"

namespace onex {
namespace {

class ProgramBuilder {
public:
  FunctionId function(llvm::StringRef Name, EntryKind Entry = EntryKind::None) {
    bool Created = false;
    FunctionId Id = Program.getOrCreate(("c:@F@" + Name).str(), Created);
    EXPECT_TRUE(Created);
    FunctionSummary &S = Program[Id];
    S.QualifiedName = S.ShortName = Name.str();
    S.Entry = Entry;
    S.HasBody = true;
    S.Decl = at(1);
    return Id;
  }
  /// A call from Caller to Callee at Line, waived for the checks of Mask.
  void call(FunctionId Caller, FunctionId Callee, unsigned Line,
            uint32_t WaivedChecks = 0) {
    CallSite C;
    C.Callee = Callee;
    C.Where = at(Line);
    if (WaivedChecks) {
      Waiver W;
      W.Checks = WaivedChecks;
      W.Justification = "reviewed";
      W.File = "r.cpp";
      W.Line = Line;
      C.Where.Waivers.push_back(W);
    }
    Program[Caller].Calls.push_back(C);
  }
  void operation(FunctionId In, Category Cat, llvm::StringRef What,
                 unsigned Line) {
    Operation Op;
    Op.Cat = Cat;
    Op.What = What.str();
    Op.Where = at(Line);
    Program[In].Ops.push_back(Op);
  }
  static Location at(unsigned Line) {
    Location L;
    L.File = "r.cpp";
    L.Line = Line;
    L.Column = 3;
    return L;
  }
  static uint32_t bit(Category C) { return 1u << static_cast<unsigned>(C); }

  ProgramSummary Program;
};

TEST(Reachability, WaiverOnCallCoversWhatItReaches) {
  ProgramBuilder B;
  FunctionId Reduce = B.function("reduce", EntryKind::Reducer);
  FunctionId Audit = B.function("audit");
  FunctionId Write = B.function("write");
  B.call(Reduce, Audit, 10, ProgramBuilder::bit(Category::IO));
  B.call(Audit, Write, 20);
  B.operation(Write, Category::IO, "call to 'fputs'", 30);
  B.operation(Write, Category::GlobalState, "write to 'g'", 31);

  std::vector<Finding> F = findViolations(B.Program, ReachabilityOptions());
  ASSERT_EQ(F.size(), 2u);
  // The I/O two calls below the waived call is covered, the global write
  // (another check) is not.
  EXPECT_EQ(F[0].Cat, Category::IO);
  ASSERT_TRUE(F[0].Suppressed);
  EXPECT_EQ(F[0].Suppressed->OnCall, "the call to 'audit' in 'reduce'");
  EXPECT_EQ(F[0].Suppressed->statedJustification(),
            "reviewed (NOLINT on the call to 'audit' in 'reduce', which "
            "reaches it)");
  EXPECT_EQ(F[0].Suppressed->Where.Line, 10u);
  EXPECT_EQ(F[1].Cat, Category::GlobalState);
  EXPECT_FALSE(F[1].Suppressed);
}

TEST(Reachability, PathWithoutWaiverWins) {
  // 'a' reaches 'helper' through a waived call first in name order, 'b'
  // without one: the operation is reported, through 'b'.
  ProgramBuilder B;
  FunctionId A = B.function("a", EntryKind::Reducer);
  FunctionId Bee = B.function("b", EntryKind::Reducer);
  FunctionId Helper = B.function("helper");
  B.call(A, Helper, 10, ProgramBuilder::bit(Category::IO));
  B.call(Bee, Helper, 11);
  B.operation(Helper, Category::IO, "call to 'puts'", 30);

  std::vector<Finding> F = findViolations(B.Program, ReachabilityOptions());
  ASSERT_EQ(F.size(), 1u);
  EXPECT_FALSE(F[0].Suppressed);
  EXPECT_EQ(F[0].Entry, "b");
  ASSERT_EQ(F[0].Chain.size(), 1u);
  EXPECT_EQ(F[0].Chain[0].Site.Line, 11u);
}

TEST(Reachability, LongerPathWithoutWaiverStillWins) {
  // Even a longer unwaived path beats a shortest waived one.
  ProgramBuilder B;
  FunctionId Reduce = B.function("reduce", EntryKind::Reducer);
  FunctionId Mid = B.function("mid");
  FunctionId Sink = B.function("sink");
  B.call(Reduce, Sink, 10, ProgramBuilder::bit(Category::IO));
  B.call(Reduce, Mid, 11);
  B.call(Mid, Sink, 20);
  B.operation(Sink, Category::IO, "call to 'puts'", 30);

  std::vector<Finding> F = findViolations(B.Program, ReachabilityOptions());
  ASSERT_EQ(F.size(), 1u);
  EXPECT_FALSE(F[0].Suppressed);
  ASSERT_EQ(F[0].Chain.size(), 2u);
  EXPECT_EQ(F[0].Chain[0].Callee, "mid");
}

TEST(Reachability, WaiverOnParameterPassCoversTheWrite) {
  ProgramBuilder B;
  FunctionId Reduce = B.function("reduce", EntryKind::Reducer);
  FunctionId Fill = B.function("fill");
  B.Program[Reduce].ParamNames = {"this", "order"};
  B.Program[Fill].ParamNames = {"this", "o"};
  B.call(Reduce, Fill, 10, ProgramBuilder::bit(Category::InputMutation));
  B.Program[Reduce].Calls.back().Args.push_back({1, 1});
  B.Program[Fill].ParamWrites.push_back({1, "write to 'o.total'", B.at(30)});

  std::vector<Finding> F = findViolations(B.Program, ReachabilityOptions());
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Cat, Category::InputMutation);
  ASSERT_TRUE(F[0].Suppressed);
  EXPECT_EQ(F[0].Suppressed->OnCall, "the call to 'fill' in 'reduce'");
}

TEST(Reachability, ConstructorHelpersInitialise) {
  // A constructor and a public reset both call init on their object; init
  // writes a member. Through the constructor that is initialisation; the
  // finding is reset's, and a global write in init is reported either way.
  ProgramBuilder B;
  FunctionId Ctor = B.function("Node", EntryKind::Reducer);
  B.Program[Ctor].BuildsObject = true;
  FunctionId Init = B.function("init");
  B.call(Ctor, Init, 10);
  B.Program[Ctor].Calls.back().Args.push_back({0, 0});
  B.operation(Init, Category::MemberState, "write to member 'x_'", 30);
  B.operation(Init, Category::GlobalState, "write to 'g'", 31);

  std::vector<Finding> Alone = findViolations(B.Program, ReachabilityOptions());
  ASSERT_EQ(Alone.size(), 1u);
  EXPECT_EQ(Alone[0].Cat, Category::GlobalState);

  FunctionId Reset = B.function("reset", EntryKind::Reducer);
  B.call(Reset, Init, 20);
  B.Program[Reset].Calls.back().Args.push_back({0, 0});
  std::vector<Finding> Both = findViolations(B.Program, ReachabilityOptions());
  ASSERT_EQ(Both.size(), 2u);
  EXPECT_EQ(Both[0].Cat, Category::MemberState);
  EXPECT_EQ(Both[0].Entry, "reset");
  EXPECT_EQ(Both[1].Cat, Category::GlobalState);
}

} // namespace
} // namespace onex
