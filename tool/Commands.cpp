//===- Commands.cpp -------------------------------------------------------===//

#include "Commands.h"
#include "CheckDocs.h"
#include "Driver.h"
#include "Stopwatch.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

namespace onex::tool {

namespace {

llvm::raw_ostream &error() {
  return llvm::WithColor::error(llvm::errs(), "onex-purity");
}

/// Prints E and returns the exit code for it.
int fail(llvm::Error E) {
  error() << llvm::toString(std::move(E)) << "\n";
  return ExitError;
}

/// Prints a failed unit's compiler errors, then one line naming it.
void printFailure(const UnitOutcome &U, llvm::StringRef Consequence = "") {
  llvm::errs() << U.Diagnostics;
  error() << U.File << ": " << U.Failure << Consequence << "\n";
}

std::vector<UnitFailure> reportFailures(std::vector<UnitOutcome> &Outcomes) {
  std::vector<UnitFailure> Failures;
  for (const UnitOutcome &U : Outcomes) {
    if (U.Failure.empty())
      continue;
    printFailure(U, "; the other units were analysed");
    Failures.push_back({U.File, U.Failure});
  }
  return Failures;
}

void printLinkStats(const LinkResult &Link, double LinkSeconds,
                    double TotalSeconds) {
  llvm::errs() << llvm::formatv(
      "link: {0:f3}s, {1:f1}% of {2:f3}s; {3} functions ({4} defined), {5} "
      "call edges\n",
      LinkSeconds, TotalSeconds > 0 ? 100 * LinkSeconds / TotalSeconds : 0,
      TotalSeconds, Link.Stats.Functions, Link.Stats.Defined,
      Link.Stats.CallEdges);
}

void printStats(const std::vector<UnitOutcome> &Outcomes,
                const LinkResult &Link, double LinkSeconds, double TotalSeconds,
                llvm::StringRef Root) {
  llvm::raw_ostream &OS = llvm::errs();
  unsigned Parsed = 0, Cached = 0, Failed = 0;
  llvm::StringMap<unsigned> FindingsIn;
  for (const Finding &F : Link.Findings)
    ++FindingsIn[F.Primary.File];
  OS << "onex-purity statistics:\n"
     << llvm::formatv("  {0,9} {1,10} {2,10} {3,9}  {4}\n", "time(s)",
                      "functions", "call-edges", "findings", "unit");
  for (const UnitOutcome &U : Outcomes) {
    Parsed += !U.FromCache;
    Cached += U.FromCache;
    Failed += !U.Failure.empty();
    OS << llvm::formatv("  {0,9:f3} {1,10} {2,10} {3,9}  {4}{5}\n", U.Seconds,
                        U.Stats.Functions, U.Stats.CallEdges,
                        FindingsIn.lookup(U.File), relativeTo(U.File, Root),
                        U.FromCache ? " (cached)" : "");
  }
  OS << "units: " << Outcomes.size() << " (parsed " << Parsed << ", from cache "
     << Cached << ", failed " << Failed << ")\n";
  printLinkStats(Link, LinkSeconds, TotalSeconds);
}

ReachabilityOptions reachabilityOptions(ToolConfig &Config) {
  ReachabilityOptions O;
  O.OpaqueSystemCalls = Config.optionsFor(".").OpaqueSystemCalls;
  O.FollowEscapeHatches = true;
  return O;
}

void writeDepfile(llvm::raw_ostream &OS, llvm::StringRef Target,
                  const std::vector<std::string> &Deps) {
  auto Escape = [](llvm::StringRef S) {
    std::string Out;
    for (char C : S) {
      if (C == ' ' || C == '#')
        Out += '\\';
      if (C == '$')
        Out += '$';
      Out += C;
    }
    return Out;
  };
  OS << Escape(Target) << ":";
  for (const std::string &D : Deps)
    OS << " \\\n  " << Escape(D);
  OS << "\n";
}

llvm::Expected<clang::tooling::CompileCommand>
extractCommand(const ExtractRequest &Request) {
  if (!Request.Compile.empty())
    return commandFromCompilerLine(Request.Compile);
  if (Request.Unit.Sources.size() != 1)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "extract takes one source (with -p <build dir>) or -- <compile "
        "command>");
  auto Commands = loadCompileCommands(Request.Unit);
  if (!Commands)
    return Commands.takeError();
  return Commands->front();
}

/// Configuration errors stop the run before any parsing: they would fail
/// every unit the same way. Each distinct error is printed once.
bool configurationIsValid(
    const std::vector<clang::tooling::CompileCommand> &Commands,
    ToolConfig &Config) {
  llvm::StringSet<> Reported;
  for (const clang::tooling::CompileCommand &C : Commands) {
    auto Engine = Config.engineConfigFor(absoluteSourcePath(C));
    if (Engine)
      continue;
    std::string Message = llvm::toString(Engine.takeError());
    if (Reported.insert(Message).second)
      error() << Message << "\n";
  }
  return Reported.empty();
}

ExtractOptions extractOptions(const GateRequest &Request, SummaryCache *Cache,
                              const OutputOptions &Output) {
  ExtractOptions Options;
  Options.Jobs = Request.Jobs;
  Options.Cache = Cache;
  Options.Progress =
      !Output.Quiet && llvm::sys::Process::StandardErrIsDisplayed();
  Options.Color = llvm::sys::Process::StandardErrHasColors();
  return Options;
}

} // namespace

int runGate(const GateRequest &Request, ToolConfig &Config,
            const OutputOptions &Output) {
  Stopwatch Total;
  auto Commands = loadCompileCommands(Request.Units);
  if (!Commands)
    return fail(Commands.takeError());
  if (!configurationIsValid(*Commands, Config))
    return ExitError;
  std::unique_ptr<SummaryCache> Cache;
  if (!Request.CacheDir.empty()) {
    auto Opened = SummaryCache::open(Request.CacheDir);
    if (!Opened)
      return fail(Opened.takeError());
    Cache = std::move(*Opened);
  }
  ExtractOptions Options = extractOptions(Request, Cache.get(), Output);
  // Each summary joins the program as soon as the units before it have,
  // and is freed: memory follows the program's distinct functions.
  ProgramLinker Linker;
  double MergeSeconds = 0; // Linking work done during phase 1.
  std::vector<UnitOutcome> Outcomes =
      summarizeUnits(*Commands, Config, Options, [&](UnitOutcome &U) {
        Stopwatch Merge;
        if (U.Summary)
          Linker.addUnit(std::move(*U.Summary));
        U.Summary.reset();
        MergeSeconds += Merge.seconds();
      });
  std::vector<UnitFailure> Failures = reportFailures(Outcomes);

  Stopwatch Linking;
  LinkResult Link = Linker.link(reachabilityOptions(Config));
  double LinkSeconds = MergeSeconds + Linking.seconds();
  if (Request.Stats)
    printStats(Outcomes, Link, LinkSeconds, Total.seconds(), Output.SourceRoot);
  return reportFindings(std::move(Link.Findings), std::move(Failures),
                        Outcomes.size(), Config, Output);
}

int runExtract(const ExtractRequest &Request, ToolConfig &Config) {
  if (Request.Output.empty()) {
    error() << "extract needs -o <file>.onexsum\n";
    return ExitError;
  }
  auto Command = extractCommand(Request);
  if (!Command)
    return fail(Command.takeError());
  UnitOutcome Out = summarizeUnit(*Command, Config,
                                  llvm::sys::Process::StandardErrHasColors());
  if (!Out.Failure.empty()) {
    printFailure(Out);
    return ExitError;
  }
  bool Written = writeFile(Request.Output, [&](llvm::raw_ostream &OS) {
    OS << writeUnitSummary(*Out.Summary);
  });
  if (Written && !Request.Depfile.empty())
    Written = writeFile(Request.Depfile, [&](llvm::raw_ostream &OS) {
      writeDepfile(OS, Request.Output, Out.Dependencies);
    });
  return Written ? ExitClean : ExitError;
}

int runLink(const LinkRequest &Request, ToolConfig &Config,
            const OutputOptions &Output) {
  Stopwatch Total;
  if (Request.Summaries.empty()) {
    error() << "link needs at least one <unit>.onexsum\n";
    return ExitError;
  }
  auto Units = readSummaryFiles(Request.Summaries);
  if (!Units)
    return fail(Units.takeError());
  size_t Count = Units->size();
  Stopwatch Linking;
  ProgramLinker Linker;
  for (UnitSummary &Unit : *Units)
    Linker.addUnit(std::move(Unit));
  LinkResult Link = Linker.link(reachabilityOptions(Config));
  if (Request.Stats) {
    llvm::errs() << "onex-purity statistics:\nunits: " << Count
                 << " (read from summaries)\n";
    printLinkStats(Link, Linking.seconds(), Total.seconds());
  }
  // --emit-index: the linked program, for the SummaryIndex option.
  if (!Request.EmitIndex.empty() &&
      !writeFile(Request.EmitIndex, [&](llvm::raw_ostream &OS) {
        OS << writeSummaryIndex(Linker.program());
      }))
    return ExitError;
  return reportFindings(std::move(Link.Findings), {}, Count, Config, Output);
}

int listChecks(ToolConfig &Config) {
  llvm::SmallString<256> Here;
  llvm::sys::fs::current_path(Here);
  llvm::sys::path::append(Here, "file.cpp");
  llvm::outs() << "Enabled checks:\n";
  for (Category C : reportedCategories())
    if (Config.isEnabled(checkNameFor(C), Here))
      llvm::outs() << "    " << checkNameFor(C) << "\n";
  llvm::outs() << "\n";
  return ExitClean;
}

int explainCheck(llvm::StringRef Check) {
  llvm::StringRef Doc = checkDocumentation(Check);
  if (Doc.empty()) {
    error() << "unknown check '" << Check << "'; --list-checks lists them\n";
    return ExitError;
  }
  llvm::outs() << Doc;
  return ExitClean;
}

} // namespace onex::tool
