//===- LinkerTest.cpp - Merging units and searching the program -----------===//

#include "checker/Linker.h"
#include "TestAST.h"
#include "checker/Analysis.h"
#include "gtest/gtest.h"

namespace onex {
namespace {

constexpr const char *ReducerUnit = R"(
#include "onex.h"
#include "twice.h"
void save(int);
class NodeSaveReducer : public onex::NodeReducer {
public:
  int execute(int x) { save(x); return twice(x); }
};
)";

constexpr const char *StoreUnit = R"(
#include <cstdio>
#include "twice.h"
void save(int) { fopen("state", "a"); }
)";

UnitSummary summarize(llvm::StringRef Code, llvm::StringRef Name) {
  auto AST = test::buildAST(Code, Name);
  auto Config = test::config();
  UnitSummary Unit =
      summarizeTranslationUnit(AST->getASTContext(), *Config).Unit;
  Unit.MainFile = Name.str();
  return Unit;
}

TEST(Linker, FollowsCallsAcrossUnits) {
  ProgramLinker Linker;
  Linker.addUnit(summarize(ReducerUnit, "reducer.cc"));
  Linker.addUnit(summarize(StoreUnit, "store.cc"));
  LinkResult Result = Linker.link(ReachabilityOptions());
  ASSERT_EQ(Result.Findings.size(), 1u);
  const Finding &F = Result.Findings[0];
  EXPECT_EQ(F.checkName(), "onex-purity-io");
  EXPECT_EQ(F.Primary.File, "store.cc");
  EXPECT_EQ(F.Entry, "NodeSaveReducer::execute");
  ASSERT_EQ(F.Chain.size(), 1u);
  EXPECT_EQ(Finding::noteFor(F.Chain[0]), "'execute' calls 'save' here");
  EXPECT_EQ(F.Chain[0].Site.File, "reducer.cc");
  EXPECT_EQ(Result.Stats.Units, 2u);
  EXPECT_EQ(Result.Stats.Entries, 1u);
}

TEST(Linker, InlineFunctionsMergeIntoOne) {
  ProgramSummary Program = mergeUnits(
      {summarize(ReducerUnit, "reducer.cc"), summarize(StoreUnit, "store.cc")});
  unsigned Twice = 0;
  for (const FunctionSummary &S : Program.functions())
    Twice += S.ShortName == "twice";
  EXPECT_EQ(Twice, 1u);
}

TEST(Linker, OneUnitAloneSeesAnOpaqueCall) {
  ProgramLinker Linker;
  Linker.addUnit(summarize(ReducerUnit, "reducer.cc"));
  LinkResult Result = Linker.link(ReachabilityOptions());
  ASSERT_EQ(Result.Findings.size(), 1u);
  EXPECT_EQ(Result.Findings[0].checkName(), "onex-purity-opaque-call");
  ReachabilityOptions PerFile;
  PerFile.OpaqueUserDeclarations = false;
  EXPECT_TRUE(Linker.link(PerFile).Findings.empty());
}

TEST(Linker, ImportFromIndexCompletesBodiesOnly) {
  ProgramSummary Index = mergeUnits({summarize(StoreUnit, "store.cc")});
  ProgramSummary Program = summarize(ReducerUnit, "reducer.cc").Program;
  EXPECT_EQ(importFromIndex(Program, Index), 1u); // save()
  std::vector<Finding> Findings = findViolations(Program, {});
  ASSERT_EQ(Findings.size(), 1u);
  EXPECT_EQ(Findings[0].checkName(), "onex-purity-io");
  EXPECT_EQ(importFromIndex(Program, Index), 0u);
}

/// Links a pure a/util.cc with an impure b/util.cc (two files of one base
/// name) and expects exactly b's finding, in NodeBReducer.
void expectOnlyBsFinding(llvm::StringRef A, llvm::StringRef B) {
  ProgramLinker Linker;
  Linker.addUnit(summarize(A, "a/util.cc"));
  Linker.addUnit(summarize(B, "b/util.cc"));
  LinkResult Result = Linker.link(ReachabilityOptions());
  ASSERT_EQ(Result.Findings.size(), 1u);
  EXPECT_EQ(Result.Findings[0].Primary.File, "b/util.cc");
  EXPECT_EQ(Result.Findings[0].Entry, "NodeBReducer::execute");
  EXPECT_EQ(Result.Stats.MultiplyDefined, 0u);
}

TEST(Linker, InternalFunctionsOfSameNamedFilesStayApart) {
  // Clang's USR for a static function names only the file's base name.
  expectOnlyBsFinding(R"(
#include "onex.h"
static int helper() { return 1; }
class NodeAReducer : public onex::NodeReducer {
public:
  int execute() { return helper(); }
};)",
                      R"(
#include "onex.h"
#include <cstdio>
static int helper() { return fopen("x", "r") != nullptr; }
class NodeBReducer : public onex::NodeReducer {
public:
  int execute() { return helper(); }
};)");
}

TEST(Linker, LambdasOfSameNamedFilesStayApart) {
  // Written at the same line and column of the two files.
  expectOnlyBsFinding(R"(
#include "onex.h"
class NodeAReducer : public onex::NodeReducer {
public:
  int execute() { return [] { return 1; }(); }
};)",
                      R"(
#include "onex.h"
#include <cstdio>
class NodeBReducer : public onex::NodeReducer {
public:
  int execute() { return [] { return puts("b"); }(); }
};)");
}

constexpr const char *CallsRun = R"(
#include "onex.h"
int run(int);
class NodeRunReducer : public onex::NodeReducer {
public:
  int execute(int x) { return run(x); }
};)";

constexpr const char *PureRunAndOwnReducer = R"(
#include "onex.h"
int run(int x) { return x; }
class NodeOwnReducer : public onex::NodeReducer {
public:
  int execute(int x) { return run(x); }
};
int main() { return run(0); })";

constexpr const char *ImpureRun = R"(
#include <cstdio>
int run(int x) { return fopen("log", "a") ? x : 0; }
int main() { return run(1); })";

TEST(Linker, EveryDefinitionOfASymbolIsKept) {
  for (bool ImpureFirst : {false, true}) {
    std::vector<UnitSummary> Units;
    Units.push_back(summarize(CallsRun, "reducer.cc"));
    Units.push_back(summarize(PureRunAndOwnReducer, "tool1.cc"));
    Units.push_back(summarize(ImpureRun, "tool2.cc"));
    if (ImpureFirst)
      std::swap(Units[1], Units[2]);
    ProgramLinker Linker;
    for (UnitSummary &U : Units)
      Linker.addUnit(std::move(U));
    LinkResult Result = Linker.link(ReachabilityOptions());
    // The unit without a definition of run reaches both; tool1's reducer
    // calls its own, pure one.
    ASSERT_EQ(Result.Findings.size(), 1u) << ImpureFirst;
    EXPECT_EQ(Result.Findings[0].Entry, "NodeRunReducer::execute");
    EXPECT_EQ(Result.Findings[0].Primary.File, "tool2.cc");
    EXPECT_EQ(Result.Stats.MultiplyDefined, 2u); // run and main.
  }
}

TEST(Linker, OneDefinitionSeenByManyUnitsIsOne) {
  ProgramLinker Linker;
  Linker.addUnit(summarize(PureRunAndOwnReducer, "tool1.cc"));
  Linker.addUnit(summarize(PureRunAndOwnReducer, "tool1.cc"));
  LinkResult Result = Linker.link(ReachabilityOptions());
  EXPECT_EQ(Result.Stats.MultiplyDefined, 0u);
  EXPECT_TRUE(Result.Findings.empty());
}

Location at(llvm::StringRef File, unsigned Line, unsigned Column,
            bool InSystemHeader = false) {
  Location L;
  L.File = File.str();
  L.Line = Line;
  L.Column = Column;
  L.InSystemHeader = InSystemHeader;
  return L;
}

/// A hand-made program: an entry with an operation the compiler wrote
/// (no location) and one inside a system header reached through a call.
ProgramSummary programWithUnlocatedOperation() {
  ProgramSummary P;
  bool Created = false;
  FunctionId Entry = P.getOrCreate("c:@F@entry", Created);
  FunctionId Lib = P.getOrCreate("c:@F@lib", Created);
  FunctionSummary &E = P[Entry];
  E.USR = "c:@F@entry";
  E.QualifiedName = E.ShortName = "entry";
  E.Entry = EntryKind::Reducer;
  E.HasBody = true;
  E.Decl = at("/src/a.cc", 3, 5);
  E.Ops.push_back({Category::IO, "call to 'implicit'", "", Location(), ""});
  E.Calls.emplace_back();
  E.Calls.back().Callee = Lib;
  E.Calls.back().Where = at("/src/a.cc", 4, 7);
  FunctionSummary &L = P[Lib];
  L.USR = "c:@F@lib";
  L.QualifiedName = L.ShortName = "lib";
  L.HasBody = true;
  L.Decl = at("/usr/include/lib.h", 1, 1, true);
  L.Ops.push_back({Category::Syscall, "call to 'fork'", "",
                   at("/usr/include/lib.h", 2, 3, true), ""});
  return P;
}

TEST(Reachability, EveryFindingHasAUserCodeLocation) {
  std::vector<Finding> Findings =
      findViolations(programWithUnlocatedOperation(), {});
  ASSERT_EQ(Findings.size(), 2u);
  // Sorted by location: the unlocated operation is reported at the entry.
  EXPECT_EQ(Findings[0].checkName(), "onex-purity-io");
  EXPECT_EQ(Findings[0].Primary.Line, 3u);
  // The system-header operation, at the user's call into the header.
  EXPECT_EQ(Findings[1].checkName(), "onex-purity-syscall");
  EXPECT_EQ(Findings[1].Primary.Line, 4u);
  EXPECT_EQ(Findings[1].Inside, "lib");
  EXPECT_TRUE(Findings[1].Chain.empty());
}

} // namespace
} // namespace onex
