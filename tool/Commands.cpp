//===- Commands.cpp -------------------------------------------------------===//

#include "Commands.h"
#include "CheckDocs.h"
#include "Driver.h"
#include "Stopwatch.h"
#include "WhyReport.h"
#include "checker/ArchitectureMap.h"
#include "frontend/Paths.h"
#include "frontend/SummaryFiles.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"
#include <numeric>

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

llvm::raw_ostream &note() {
  return llvm::WithColor::note(llvm::errs(), "onex-purity");
}

/// A run that checks nothing must not read as a clean pass.
void warnNoEntryPoints(ToolConfig &Config, llvm::StringRef Check) {
  auto Options = Config.optionsFor(absolutePath("onex-purity.cpp"), Check);
  std::string Functions = Options ? Options->ReducerFunctions : "";
  llvm::consumeError(Options.takeError());
  llvm::WithColor::warning(llvm::errs(), "onex-purity")
      << "no entry points found: no class matches ReducerBaseClasses or "
         "ReducerNamePattern, no function is marked ONEX_REDUCER or "
         "ONEX_PURE, and ReducerFunctions ("
      << (Functions.empty() ? "empty" : "'" + Functions + "'")
      << ") matches no function; check these options in .clang-tidy\n";
}

/// Says which database a search found and which units are not analysed.
void reportInputs(const LoadedCommands &Loaded, bool Quiet) {
  if (Quiet)
    return;
  if (!Loaded.FoundDatabase.empty())
    note() << "using compilation database '" << Loaded.FoundDatabase << "'\n";
  for (const std::string &File : Loaded.Skipped)
    note() << "skipping '" << File << "': not a C or C++ translation unit\n";
  if (!Loaded.Excluded.empty())
    note() << "leaving out " << Loaded.Excluded.size()
           << (Loaded.Excluded.size() == 1 ? " unit" : " units")
           << " matched by --exclude\n";
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
  llvm::errs() << "symbols with several definitions: "
               << Link.Stats.MultiplyDefined
               << (Link.Stats.MultiplyDefined
                       ? " (a call from a unit without its own definition "
                         "reaches each of them)\n"
                       : "\n");
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

/// The options that apply to the whole program: those configured for the
/// current directory (defaults if that configuration is broken, which
/// validation has reported).
EngineOptions programOptions(ToolConfig &Config, llvm::StringRef Check) {
  auto Options = Config.optionsFor(absolutePath("onex-purity.cpp"), Check);
  if (Options)
    return *Options;
  llvm::consumeError(Options.takeError());
  return {};
}

/// Link-time options: OpaqueSystemCalls.
ReachabilityOptions reachabilityOptions(ToolConfig &Config,
                                        llvm::StringRef Check) {
  ReachabilityOptions O;
  O.OpaqueSystemCalls = programOptions(Config, Check).OpaqueSystemCalls;
  O.FollowEscapeHatches = true;
  return O;
}

/// Link-time contract options: ExternalIntents.
ContractScope contractScope(ToolConfig &Config, llvm::StringRef Check) {
  ContractScope Scope;
  Scope.ExternalIntents = programOptions(Config, Check).ExternalIntents;
  return Scope;
}

/// The line that says the contracts were not checked, when a program
/// emits intents and handles none (and the check is on): empty otherwise.
std::vector<std::string> contractNotes(const LinkStats &Stats,
                                       ToolConfig &Config) {
  if (!Stats.UnroutedPrograms ||
      !Config.isEnabled("onex-intent-unhandled",
                        absolutePath("onex-purity.cpp")))
    return {};
  if (Stats.EmittingPrograms == 1)
    return {"intent contracts: not checked (the program handles no intent)"};
  return {"intent contracts: not checked in " +
          std::to_string(Stats.UnroutedPrograms) + " of " +
          std::to_string(Stats.EmittingPrograms) +
          " programs (they handle no intent)"};
}

void printContractStats(const LinkStats &Stats) {
  llvm::errs() << "intent contracts: ";
  if (!Stats.EmittingPrograms)
    llvm::errs() << "no program emits an intent\n";
  else if (Stats.UnroutedPrograms == Stats.EmittingPrograms)
    llvm::errs() << "not checked (the program handles no intent)\n";
  else if (Stats.UnroutedPrograms)
    llvm::errs() << "checked in "
                 << Stats.EmittingPrograms - Stats.UnroutedPrograms << " of "
                 << Stats.EmittingPrograms
                 << " programs (the others handle no intent)\n";
  else
    llvm::errs() << "checked\n";
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
  auto Loaded = loadCompileCommands(Request.Unit);
  if (!Loaded)
    return Loaded.takeError();
  return Loaded->Commands.front();
}

/// Checks that see the same options in every unit share one analysis; a
/// "<check>.<Option>" override gives its check a group (and an analysis) of
/// its own. Groups are in catalogue order, and so are their checks.
struct CheckGroup {
  std::vector<llvm::StringRef> Checks; // The first one's options are used.
};

std::vector<std::string>
sourcesOf(const std::vector<clang::tooling::CompileCommand> &Commands) {
  std::vector<std::string> Files;
  for (const clang::tooling::CompileCommand &C : Commands)
    Files.push_back(absoluteSourcePath(C));
  return Files;
}

std::vector<CheckGroup> groupChecks(const std::vector<std::string> &Files,
                                    ToolConfig &Config) {
  std::vector<std::pair<std::string, CheckGroup>> Groups;
  for (const CheckInfo &Check : checkCatalogue()) {
    std::string Profile;
    for (const std::string &File : Files) {
      auto Options = Config.optionsFor(File, Check.Name);
      Profile += Options ? Options->key() : llvm::toString(Options.takeError());
    }
    auto It = llvm::find_if(Groups,
                            [&](const auto &G) { return G.first == Profile; });
    if (It == Groups.end())
      It = Groups.insert(Groups.end(), {Profile, CheckGroup()});
    It->second.Checks.push_back(Check.Name);
  }
  std::vector<CheckGroup> Result;
  for (auto &[Profile, Group] : Groups)
    Result.push_back(std::move(Group));
  return Result;
}

/// Configuration errors stop the run before any parsing: they would fail
/// every unit the same way. Each distinct message is printed once;
/// warnings (misspelt options) are printed and the run goes on.
bool configurationIsValid(const std::vector<std::string> &Files,
                          const std::vector<CheckGroup> &Groups,
                          ToolConfig &Config) {
  llvm::StringSet<> Reported, Warned;
  bool AnyEnabled = false;
  for (const std::string &File : Files) {
    AnyEnabled |= llvm::any_of(checkCatalogue(), [&](const CheckInfo &C) {
      return Config.isEnabled(C.Name, File);
    });
    for (const std::string &W : Config.warningsFor(File))
      if (Warned.insert(W).second)
        llvm::WithColor::warning(llvm::errs(), "onex-purity") << W << "\n";
    for (const CheckGroup &G : Groups) {
      auto Engine = Config.engineConfigFor(File, G.Checks.front());
      if (Engine)
        continue;
      std::string Message = llvm::toString(Engine.takeError());
      if (Reported.insert(Message).second)
        error() << Message << "\n";
    }
  }
  if (!AnyEnabled && !Files.empty()) {
    error() << "no onex check is enabled: the configuration's Checks and "
               "--checks leave none on, so nothing would be reported "
               "(--list-checks shows the result)\n";
    return false;
  }
  return Reported.empty();
}

/// extract and link produce or read one summary per unit, so they cannot
/// run one analysis per option group; they use the first group's options
/// and say so.
llvm::StringRef singleGroupCheck(const std::vector<CheckGroup> &Groups) {
  if (Groups.size() > 1)
    llvm::WithColor::warning(llvm::errs(), "onex-purity")
        << "per-check option overrides are not applied by extract and link; "
           "every check uses the options of '"
        << Groups.front().Checks.front() << "' (the gate applies them)\n";
  return Groups.front().Checks.front();
}

ExtractOptions extractOptions(const GateRequest &Request, SummaryCache *Cache,
                              const OutputOptions &Output) {
  ExtractOptions Options;
  Options.Jobs = Request.Jobs;
  Options.Cache = Cache;
  Options.Progress =
      !Output.Quiet && llvm::sys::Process::StandardErrIsDisplayed();
  Options.Color = stderrHasColors();
  return Options;
}

} // namespace

namespace {

struct GroupRun {
  std::vector<UnitOutcome> Outcomes;
  LinkResult Link;
  double LinkSeconds = 0;
  std::vector<Certificate> Certificates; // With `why`.
};

/// Whether Check is one of Group's.
bool inGroup(const CheckGroup &Group, llvm::StringRef Check) {
  return llvm::is_contained(Group.Checks, Check);
}

/// Adds one program's findings and figures to the run's: a finding in a
/// library that several programs link is reported once.
void addProgramResult(LinkResult &&Program, LinkResult &Into,
                      llvm::StringSet<> &Seen) {
  for (Finding &F : Program.Findings)
    if (Seen.insert(F.identityKey()).second)
      Into.Findings.push_back(std::move(F));
  LinkStats &S = Into.Stats;
  S.Functions += Program.Stats.Functions;
  S.Defined += Program.Stats.Defined;
  S.Entries += Program.Stats.Entries;
  S.CallEdges += Program.Stats.CallEdges;
  S.MultiplyDefined += Program.Stats.MultiplyDefined;
  S.EmittingPrograms += Program.Stats.EmittingPrograms;
  S.UnroutedPrograms += Program.Stats.UnroutedPrograms;
}

/// The program's findings about C's entry that its own search cannot
/// make (the intent contracts, the payload checks): `why` counts what the
/// gate reports.
void addProgramFindings(Certificate &C, llvm::ArrayRef<Finding> Program) {
  llvm::StringSet<> Known;
  for (const Finding &F : C.Findings)
    Known.insert(F.identityKey());
  for (const Finding &F : Program)
    if (F.Entry == C.Entry && Known.insert(F.identityKey()).second)
      C.Findings.push_back(F);
  sortFindings(C.Findings);
}

/// Which units link with which: groups of indices into the commands.
struct LinkPlan {
  std::vector<std::vector<size_t>> Programs;
  bool FromCMake = false; // Else one program of every unit.
};

/// Summarises every unit with the options of Group and links each program
/// of Plan, keeping the findings of the group's checks.
GroupRun runGroup(const std::vector<clang::tooling::CompileCommand> &Commands,
                  const CheckGroup &Group, ToolConfig &Config,
                  ExtractOptions Options, const LinkPlan &Plan,
                  llvm::StringRef Why, MapBuilder *Map) {
  Options.Check = Group.Checks.front().str();
  std::vector<ProgramLinker> Linkers(Plan.Programs.size());
  std::vector<llvm::SmallVector<unsigned, 1>> ProgramsOf(Commands.size());
  for (unsigned P = 0; P < Plan.Programs.size(); ++P)
    for (size_t Unit : Plan.Programs[P])
      ProgramsOf[Unit].push_back(P);
  // Each summary joins its programs as soon as the units before it have,
  // and is freed: memory follows the programs' distinct functions.
  GroupRun Run;
  size_t Next = 0;
  Run.Outcomes = summarizeUnits(Commands, Config, Options, [&](UnitOutcome &U) {
    Stopwatch Merge;
    llvm::ArrayRef<unsigned> Into = ProgramsOf[Next++];
    if (U.Summary)
      for (size_t I = 0; I < Into.size(); ++I)
        Linkers[Into[I]].addUnit(I + 1 == Into.size()
                                     ? std::move(*U.Summary)
                                     : UnitSummary(*U.Summary));
    U.Summary.reset();
    Run.LinkSeconds += Merge.seconds();
  });
  assert(Next == Commands.size() && "an outcome was not handed over");
  Stopwatch Linking;
  ReachabilityOptions Reach = reachabilityOptions(Config, Options.Check);
  ContractScope Contracts = contractScope(Config, Options.Check);
  llvm::StringSet<> Seen;
  for (const ProgramLinker &Linker : Linkers) {
    LinkResult Linked = Linker.link(Reach, Contracts);
    if (Map) {
      std::vector<Finding> Kept;
      llvm::copy_if(
          Linked.Findings, std::back_inserter(Kept),
          [&](const Finding &F) { return inGroup(Group, F.checkName()); });
      Map->addProgram(Linker.program(), Linked.Emissions, Kept);
    }
    if (!Why.empty())
      for (Certificate &C :
           Linker.certify(Reach, [&](const FunctionSummary &S) {
             return entryIsNamed(S.QualifiedName, Why);
           })) {
        addProgramFindings(C, Linked.Findings);
        Run.Certificates.push_back(std::move(C));
      }
    addProgramResult(std::move(Linked), Run.Link, Seen);
  }
  sortFindings(Run.Link.Findings);
  Run.Link.Stats.Units = Commands.size();
  Run.LinkSeconds += Linking.seconds();
  llvm::erase_if(Run.Link.Findings, [&](const Finding &F) {
    return !inGroup(Group, F.checkName());
  });
  return Run;
}

/// `why`: the certificates, or why there are none. A certificate from part
/// of the program would vouch for what was not seen, so a failed unit is an
/// error; so is a name no entry point has.
int reportWhy(llvm::ArrayRef<Certificate> Certificates,
              llvm::ArrayRef<UnitFailure> Failures, llvm::StringRef Name,
              ToolConfig &Config, const OutputOptions &Output) {
  if (!Failures.empty()) {
    error() << "no certificate: " << Failures.size()
            << (Failures.size() == 1 ? " unit" : " units")
            << " failed to parse\n";
    return ExitError;
  }
  if (Certificates.empty()) {
    error() << "no entry point named '" << Name
            << "' (a reducer, ONEX_REDUCER or ONEX_PURE function, or a class "
               "with such members)\n";
    return ExitError;
  }
  auto Options = Config.optionsFor(absolutePath("onex-purity.cpp"), "");
  if (!Options)
    return fail(Options.takeError());
  std::vector<std::string> Packs = consultedRulePacks(*Options);
  Report R; // SARIF only: the text form reads the certificates.
  SourceText Sources;
  if (Output.Format == OutputFormat::Sarif) {
    R.SourceRoot = Output.SourceRoot;
    llvm::StringSet<> Seen;
    for (const Certificate &C : Certificates)
      for (const Finding &F : C.Findings)
        if (Seen.insert(F.identityKey()).second)
          R.Findings.push_back(F);
    sortFindings(R.Findings);
    R.Certificates.assign(Certificates.begin(), Certificates.end());
    R.RulePacks = Packs;
    computeFingerprints(R, Sources);
  }
  auto Render = [&](llvm::raw_ostream &OS) {
    if (Output.Format == OutputFormat::Sarif)
      renderSarif(R, Sources, OS);
    else
      renderCertificates(Certificates, Packs, Output.SourceRoot, OS);
  };
  if (!writeOutput(Output.OutputFile, Render))
    return ExitError;
  bool Open = llvm::any_of(
      Certificates, [](const Certificate &C) { return C.openFindings() > 0; });
  return Open ? ExitFindings : ExitClean;
}

/// `map`: the picture, or why there is none. A map of part of the program
/// would hide what was not seen, so a failed unit is an error. Findings do
/// not fail the command: the gate's exit status is for that.
int drawMap(const ArchitectureMap &Map, MapFormat Format,
            llvm::ArrayRef<UnitFailure> Failures, const OutputOptions &Output) {
  if (!Failures.empty()) {
    error() << "no map: " << Failures.size()
            << (Failures.size() == 1 ? " unit" : " units")
            << " failed to parse\n";
    return ExitError;
  }
  auto Render = [&](llvm::raw_ostream &OS) {
    renderMap(Map, Format, Output.SourceRoot, OS);
  };
  if (!writeOutput(Output.OutputFile, Render))
    return ExitError;
  if (!Output.Quiet && !isStdout(Output.OutputFile))
    note() << "map of " << Map.Nodes.size()
           << (Map.Nodes.size() == 1 ? " node" : " nodes") << " and "
           << Map.Findings.size()
           << (Map.Findings.size() == 1 ? " finding" : " findings")
           << " written to '" << Output.OutputFile << "'\n";
  return ExitClean;
}

/// The programs the gate links (see LinkPlan).
llvm::Expected<LinkPlan> programsOf(ProgramSource Source,
                                    const LoadedCommands &Loaded,
                                    const std::vector<std::string> &Files,
                                    bool Quiet) {
  LinkPlan OneProgram;
  OneProgram.Programs.emplace_back(Files.size());
  std::iota(OneProgram.Programs.back().begin(),
            OneProgram.Programs.back().end(), 0);
  if (Source == ProgramSource::Database || Loaded.BuildDirectory.empty()) {
    if (Source == ProgramSource::CMake)
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "--programs=cmake needs a build directory (-p), not '--' flags");
    return OneProgram;
  }
  auto Read = readCMakePrograms(Loaded.BuildDirectory);
  if (!Read)
    return Read.takeError();
  if (!*Read) {
    if (Source == ProgramSource::CMake)
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "--programs=cmake: no CMake file API reply in '" +
              Loaded.BuildDirectory + "': create the empty file '" +
              codemodelQueryPath(Loaded.BuildDirectory) +
              "' and run cmake again (onex_purity_programs() in "
              "OnexPurity.cmake does it)");
    return OneProgram;
  }
  LinkPlan Plan{groupUnitsByProgram(Files, **Read), /*FromCMake=*/true};
  if (!Quiet)
    note() << "linking " << Plan.Programs.size()
           << (Plan.Programs.size() == 1 ? " program" : " programs")
           << " from CMake's file API reply in '" << Loaded.BuildDirectory
           << "' (--programs=database links every unit into one)\n";
  return Plan;
}

} // namespace

/// Every file the run will write, checked before anything is parsed.
bool outputsAreWritable(const OutputOptions &Output,
                        std::initializer_list<llvm::StringRef> Others = {}) {
  bool Ok = checkWritable(Output.OutputFile) &&
            checkWritable(Output.WriteBaseline) &&
            checkWritable(Output.SarifOutput) &&
            (!Output.PruneBaseline || checkWritable(Output.Baseline));
  for (llvm::StringRef Path : Others)
    Ok = Ok && checkWritable(Path);
  return Ok;
}

int runGate(const GateRequest &Request, ToolConfig &Config,
            const OutputOptions &Output) {
  Stopwatch Total;
  if (!outputsAreWritable(Output))
    return ExitError;
  auto Loaded = loadCompileCommands(Request.Units);
  if (!Loaded)
    return fail(Loaded.takeError());
  reportInputs(*Loaded, Output.Quiet);
  const std::vector<clang::tooling::CompileCommand> *Commands =
      &Loaded->Commands;
  std::vector<std::string> Files = sourcesOf(*Commands);
  std::vector<CheckGroup> Groups = groupChecks(Files, Config);
  if (!configurationIsValid(Files, Groups, Config))
    return ExitError;
  std::unique_ptr<SummaryCache> Cache;
  if (!Request.CacheDir.empty()) {
    auto Opened = SummaryCache::open(Request.CacheDir);
    if (!Opened)
      return fail(Opened.takeError());
    Cache = std::move(*Opened);
  }
  auto Programs = programsOf(Request.Programs, *Loaded, Files, Output.Quiet);
  if (!Programs)
    return fail(Programs.takeError());
  ExtractOptions Options = extractOptions(Request, Cache.get(), Output);
  GroupRun All;
  MapBuilder Map;
  for (const CheckGroup &Group : Groups) {
    GroupRun Run = runGroup(*Commands, Group, Config, Options, *Programs,
                            Request.Why, Request.Map ? &Map : nullptr);
    All.LinkSeconds += Run.LinkSeconds;
    llvm::append_range(All.Link.Findings, std::move(Run.Link.Findings));
    if (All.Outcomes.empty()) { // The first group's figures stand for all.
      All.Outcomes = std::move(Run.Outcomes);
      All.Link.Stats = Run.Link.Stats;
      All.Certificates = std::move(Run.Certificates);
    }
  }
  sortFindings(All.Link.Findings);
  std::vector<UnitFailure> Failures = reportFailures(All.Outcomes);
  if (!All.Link.Stats.Entries)
    warnNoEntryPoints(Config, Groups.front().Checks.front());
  if (Request.Stats) {
    printStats(All.Outcomes, All.Link, All.LinkSeconds, Total.seconds(),
               Output.SourceRoot);
    llvm::errs() << "programs: " << Programs->Programs.size()
                 << (Programs->FromCMake ? " (CMake's file API)\n"
                                         : " (every unit of the database)\n");
    printContractStats(All.Link.Stats);
  }
  if (!Request.Why.empty())
    return reportWhy(All.Certificates, Failures, Request.Why, Config, Output);
  if (Request.Map)
    return drawMap(Map.take(), *Request.Map, Failures, Output);
  return reportFindings(std::move(All.Link.Findings), std::move(Failures),
                        All.Outcomes.size(), Config, Output,
                        contractNotes(All.Link.Stats, Config));
}

int runExtract(const ExtractRequest &Request, ToolConfig &Config) {
  if (Request.Output.empty()) {
    error() << "extract needs -o <file>.onexsum\n";
    return ExitError;
  }
  if (!checkWritable(Request.Output) || !checkWritable(Request.Depfile))
    return ExitError;
  auto Command = extractCommand(Request);
  if (!Command)
    return fail(Command.takeError());
  std::vector<std::string> Files{absoluteSourcePath(*Command)};
  std::vector<CheckGroup> Groups = groupChecks(Files, Config);
  if (!configurationIsValid(Files, Groups, Config))
    return ExitError;
  UnitOutcome Out = summarizeUnit(*Command, Config, singleGroupCheck(Groups),
                                  stderrHasColors());
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
  if (!outputsAreWritable(Output, {Request.EmitIndex}))
    return ExitError;
  std::vector<std::string> Here{absolutePath("onex-purity.cpp")};
  std::vector<CheckGroup> Groups = groupChecks(Here, Config);
  if (!configurationIsValid(Here, Groups, Config))
    return ExitError;
  llvm::StringRef Check = singleGroupCheck(Groups);
  auto Units = readSummaryFiles(Request.Summaries);
  if (!Units)
    return fail(Units.takeError());
  size_t Count = Units->size();
  Stopwatch Linking;
  ProgramLinker Linker;
  for (UnitSummary &Unit : *Units)
    Linker.addUnit(std::move(Unit));
  LinkResult Link = Linker.link(reachabilityOptions(Config, Check),
                                contractScope(Config, Check));
  if (!Link.Stats.Entries)
    warnNoEntryPoints(Config, Check);
  if (Request.Stats) {
    llvm::errs() << "onex-purity statistics:\nunits: " << Count
                 << " (read from summaries)\n";
    printLinkStats(Link, Linking.seconds(), Total.seconds());
    printContractStats(Link.Stats);
  }
  // --emit-index: the linked program, for the SummaryIndex option.
  if (!Request.EmitIndex.empty() &&
      !writeFile(Request.EmitIndex, [&](llvm::raw_ostream &OS) {
        OS << writeSummaryIndex(Linker.program());
      }))
    return ExitError;
  return reportFindings(std::move(Link.Findings), {}, Count, Config, Output,
                        contractNotes(Link.Stats, Config));
}

int listChecks(ToolConfig &Config) {
  llvm::SmallString<256> Here;
  llvm::sys::fs::current_path(Here);
  llvm::sys::path::append(Here, "file.cpp");
  llvm::outs() << "Enabled checks:\n";
  for (const CheckInfo &Check : checkCatalogue())
    if (Config.isEnabled(Check.Name, Here))
      llvm::outs() << llvm::formatv(
          "    {0,-28} {1}{2}\n", Check.Name, Check.Summary,
          Check.Strict ? " (more in strict mode)" : "");
  llvm::outs() << "\n";
  return ExitClean;
}

int explainCheck(llvm::StringRef Check) {
  llvm::StringRef Doc = checkDocumentation(Check);
  if (Doc.empty()) {
    error() << "unknown check '" << Check << "'";
    if (llvm::StringRef Closest = closestCheckName(Check); !Closest.empty())
      llvm::errs() << "; did you mean '" << Closest << "'?";
    llvm::errs() << " (--list-checks lists them)\n";
    return ExitError;
  }
  llvm::outs() << Doc;
  return ExitClean;
}

} // namespace onex::tool
