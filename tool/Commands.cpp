//===- Commands.cpp -------------------------------------------------------===//

#include "Commands.h"
#include "CheckDocs.h"
#include "Driver.h"
#include "checker/StableSort.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"
#include <chrono>

namespace onex::tool {

namespace {

llvm::raw_ostream &error() {
  return llvm::WithColor::error(llvm::errs(), "onex-purity");
}

double secondsSince(std::chrono::steady_clock::time_point Start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
      .count();
}

/// Prints each failed unit's compiler errors, then one line naming it.
std::vector<UnitFailure> reportFailures(std::vector<UnitOutcome> &Outcomes) {
  std::vector<UnitFailure> Failures;
  for (const UnitOutcome &U : Outcomes) {
    if (U.Failure.empty())
      continue;
    llvm::errs() << U.Diagnostics;
    error() << U.File << ": " << U.Failure
            << "; the other units were analysed\n";
    Failures.push_back({U.File, U.Failure});
  }
  return Failures;
}

unsigned countIn(const std::vector<Finding> &Findings, llvm::StringRef File) {
  return llvm::count_if(
      Findings, [&](const Finding &F) { return F.Primary.File == File; });
}

void printStats(const std::vector<UnitOutcome> &Outcomes,
                const LinkResult &Link, double LinkSeconds, double TotalSeconds,
                llvm::StringRef Root) {
  llvm::raw_ostream &OS = llvm::errs();
  unsigned Parsed = 0, Cached = 0, Failed = 0;
  OS << "onex-purity statistics:\n"
     << llvm::formatv("  {0,9} {1,10} {2,10} {3,9}  {4}\n", "time(s)",
                      "functions", "call-edges", "findings", "unit");
  for (const UnitOutcome &U : Outcomes) {
    Parsed += !U.FromCache;
    Cached += U.FromCache;
    Failed += !U.Failure.empty();
    OS << llvm::formatv(
        "  {0,9:f3} {1,10} {2,10} {3,9}  {4}{5}\n", U.Seconds,
        U.Stats.Functions, U.Stats.CallEdges, countIn(Link.Findings, U.File),
        relativeTo(U.File, Root), U.FromCache ? " (cached)" : "");
  }
  OS << "units: " << Outcomes.size() << " (parsed " << Parsed << ", from cache "
     << Cached << ", failed " << Failed << ")\n";
  OS << llvm::formatv("link: {0:f3}s, {1:f1}% of {2:f3}s; {3} functions ({4} "
                      "defined), {5} call edges\n",
                      LinkSeconds,
                      TotalSeconds > 0 ? 100 * LinkSeconds / TotalSeconds : 0,
                      TotalSeconds, Link.Stats.Functions, Link.Stats.Defined,
                      Link.Stats.CallEdges);
}

ReachabilityOptions reachabilityOptions(ToolConfig &Config) {
  ReachabilityOptions O;
  O.OpaqueSystemCalls = Config.optionsFor(".").OpaqueSystemCalls;
  O.FollowEscapeHatches = true;
  return O;
}

bool writeDepfile(llvm::StringRef Path, llvm::StringRef Target,
                  const std::vector<std::string> &Deps) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
  if (EC)
    return false;
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
  return true;
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

/// Reads every summary, ordered by unit so that the order the files were
/// given in does not matter. Errors are printed; nullopt then.
std::optional<std::vector<UnitSummary>>
readSummaries(const std::vector<std::string> &Paths) {
  std::vector<UnitSummary> Units;
  for (const std::string &Path : Paths) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buffer) {
      error() << "cannot read '" << Path << "': " << Buffer.getError().message()
              << "\n";
      return std::nullopt;
    }
    auto Unit = readUnitSummary((*Buffer)->getBuffer(), Path);
    if (!Unit) {
      error() << llvm::toString(Unit.takeError()) << "\n";
      return std::nullopt;
    }
    Units.push_back(std::move(*Unit));
  }
  // Link in main-file order whatever order the shell globbed the paths in.
  stableSort(Units, [](const UnitSummary &A, const UnitSummary &B) {
    return A.MainFile < B.MainFile;
  });
  return Units;
}

/// link --emit-index: the linked program in the summary format, for the
/// SummaryIndex option.
bool writeIndex(llvm::StringRef Path, const ProgramSummary &Program) {
  UnitSummary Index;
  Index.MainFile = "<index>";
  Index.Program = Program;
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
  if (EC) {
    error() << "cannot write '" << Path << "': " << EC.message() << "\n";
    return false;
  }
  OS << writeUnitSummary(Index);
  return true;
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
  auto Start = std::chrono::steady_clock::now();
  auto Commands = loadCompileCommands(Request.Units);
  if (!Commands) {
    error() << llvm::toString(Commands.takeError()) << "\n";
    return ExitError;
  }
  if (!configurationIsValid(*Commands, Config))
    return ExitError;
  std::unique_ptr<SummaryCache> Cache;
  if (!Request.CacheDir.empty()) {
    auto Opened = SummaryCache::open(Request.CacheDir);
    if (!Opened) {
      error() << llvm::toString(Opened.takeError()) << "\n";
      return ExitError;
    }
    Cache = std::move(*Opened);
  }
  ExtractOptions Options = extractOptions(Request, Cache.get(), Output);
  // Each summary joins the program as soon as the units before it have,
  // and is freed: memory follows the program's distinct functions.
  ProgramLinker Linker;
  double MergeSeconds = 0; // Linking work done during phase 1.
  std::vector<UnitOutcome> Outcomes =
      summarizeUnits(*Commands, Config, Options, [&](UnitOutcome &U) {
        auto MergeStart = std::chrono::steady_clock::now();
        if (U.Summary)
          Linker.addUnit(std::move(*U.Summary));
        U.Summary.reset();
        MergeSeconds += secondsSince(MergeStart);
      });
  std::vector<UnitFailure> Failures = reportFailures(Outcomes);

  auto LinkStart = std::chrono::steady_clock::now();
  LinkResult Link = Linker.link(reachabilityOptions(Config));
  double LinkSeconds = MergeSeconds + secondsSince(LinkStart);
  if (Request.Stats)
    printStats(Outcomes, Link, LinkSeconds, secondsSince(Start),
               Output.SourceRoot);
  return reportFindings(std::move(Link.Findings), std::move(Failures),
                        Outcomes.size(), Config, Output);
}

int runExtract(const ExtractRequest &Request, ToolConfig &Config) {
  if (Request.Output.empty()) {
    error() << "extract needs -o <file>.onexsum\n";
    return ExitError;
  }
  auto Command = extractCommand(Request);
  if (!Command) {
    error() << llvm::toString(Command.takeError()) << "\n";
    return ExitError;
  }
  UnitOutcome Out = summarizeUnit(*Command, Config,
                                  llvm::sys::Process::StandardErrHasColors());
  if (!Out.Failure.empty()) {
    llvm::errs() << Out.Diagnostics;
    error() << Out.File << ": " << Out.Failure << "\n";
    return ExitError;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(Request.Output, EC, llvm::sys::fs::OF_Text);
  if (EC) {
    error() << "cannot write '" << Request.Output << "': " << EC.message()
            << "\n";
    return ExitError;
  }
  OS << writeUnitSummary(*Out.Summary);
  if (!Request.Depfile.empty() &&
      !writeDepfile(Request.Depfile, Request.Output, Out.Dependencies)) {
    error() << "cannot write '" << Request.Depfile << "'\n";
    return ExitError;
  }
  return ExitClean;
}

int runLink(const LinkRequest &Request, ToolConfig &Config,
            const OutputOptions &Output) {
  auto Start = std::chrono::steady_clock::now();
  if (Request.Summaries.empty()) {
    error() << "link needs at least one <unit>.onexsum\n";
    return ExitError;
  }
  std::optional<std::vector<UnitSummary>> Units =
      readSummaries(Request.Summaries);
  if (!Units)
    return ExitError;
  size_t Count = Units->size();
  auto LinkStart = std::chrono::steady_clock::now();
  ProgramLinker Linker;
  for (UnitSummary &Unit : *Units)
    Linker.addUnit(std::move(Unit));
  LinkResult Link = Linker.link(reachabilityOptions(Config));
  if (Request.Stats)
    llvm::errs() << llvm::formatv(
        "onex-purity statistics:\nunits: {0} (read from summaries)\nlink: "
        "{1:f3}s of {2:f3}s; {3} functions ({4} defined), {5} call edges\n",
        Count, secondsSince(LinkStart), secondsSince(Start),
        Link.Stats.Functions, Link.Stats.Defined, Link.Stats.CallEdges);
  if (!Request.EmitIndex.empty() &&
      !writeIndex(Request.EmitIndex, Linker.program()))
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
