//===- OnexPurity.cpp - The standalone onex-purity command ----------------===//
//
//   onex-purity [options] [<source>...] [-- <compiler args>]
//   onex-purity extract -o <unit>.onexsum [-p <build>] <source>
//   onex-purity extract -o <unit>.onexsum -- <compile command>
//   onex-purity link [options] <unit>.onexsum...
//
// The default command is the whole-program CI gate: summarise every unit in
// parallel (phase 1), link the summaries (phase 2), render. extract and
// link are the two phases on their own, for build systems.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "OnexVersion.h"
#include "ProjectRoot.h"
#include "SuggestModel.h"
#include "frontend/Paths.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;
using namespace onex;
using namespace onex::tool;

namespace {

cl::OptionCategory ToolCategory("onex-purity options");
cl::SubCommand ExtractCmd("extract",
                          "Phase 1 only: summarise one translation unit");
cl::SubCommand LinkCmd("link", "Phase 2 only: link unit summaries and report");
cl::SubCommand
    WhyCmd("why",
           "Print what a reducer's verdict rests on: functions reached, "
           "trusted declarations, escape hatches, skipped calls, rule packs");
cl::SubCommand MapCmd("map",
                      "Draw the architecture: reducers, effects and intent "
                      "executors, the intents between them, the violations");
cl::SubCommand SuggestModelCmd(
    "suggest-model",
    "Draft the typed model (a BaseModel struct) that replaces a dict-like "
    "payload type, from the constant keys the code uses on it");

// Where options apply: the gate (top level), extract, link.
#define GATE cl::sub(cl::SubCommand::getTopLevel())
#define EXTRACT cl::sub(ExtractCmd)
#define LINK cl::sub(LinkCmd)
#define SUGGEST cl::sub(SuggestModelCmd)
#define WHY cl::sub(WhyCmd)
#define MAP cl::sub(MapCmd)

cl::list<std::string> Sources(cl::Positional, cl::desc("[<source>...]"), GATE,
                              EXTRACT, MAP, cl::cat(ToolCategory));
cl::opt<MapFormat> MapFormatOption(
    "format", cl::desc("Map format"), cl::init(MapFormat::Html),
    cl::values(clEnumValN(MapFormat::Html, "html",
                          "one self-contained page: inline SVG, a filter, "
                          "findings on click (default)"),
               clEnumValN(MapFormat::Mermaid, "mermaid",
                          "a Mermaid flowchart, for Markdown"),
               clEnumValN(MapFormat::Dot, "dot", "Graphviz DOT")),
    MAP, cl::cat(ToolCategory));
cl::list<std::string> WhyArgs(cl::Positional, cl::OneOrMore,
                              cl::desc("<reducer> [<source>...]"), WHY,
                              cl::cat(ToolCategory));
cl::list<std::string> SuggestArgs(cl::Positional, cl::OneOrMore,
                                  cl::desc("<type> [<source>...]"), SUGGEST,
                                  cl::cat(ToolCategory));
cl::opt<std::string>
    ModelName("name",
              cl::desc("The model's struct name (default: ModelPayload)"),
              cl::init("ModelPayload"), cl::value_desc("identifier"), SUGGEST,
              cl::cat(ToolCategory));
cl::list<std::string> Summaries(cl::Positional, cl::desc("<unit>.onexsum..."),
                                LINK, cl::cat(ToolCategory));
cl::opt<std::string>
    BuildPath("p", cl::desc("Build directory with compile_commands.json"),
              cl::value_desc("build dir"), GATE, EXTRACT, SUGGEST, WHY, MAP,
              cl::cat(ToolCategory));
cl::list<std::string> Exclude(
    "exclude",
    cl::desc("Leave out the units whose path (absolute, or relative to the "
             "current directory) matches this glob, e.g. "
             "--exclude='tests/**' (repeatable)"),
    cl::value_desc("glob"), GATE, WHY, MAP, cl::cat(ToolCategory));
cl::opt<ProgramSource> Programs(
    "programs",
    cl::desc("Which units link with which (a build tree holds many programs)"),
    cl::values(
        clEnumValN(ProgramSource::Auto, "auto",
                   "CMake's file API when the build tree has a codemodel "
                   "reply, else database (default)"),
        clEnumValN(ProgramSource::CMake, "cmake",
                   "each CMake executable or library with the targets it "
                   "links; an error without a reply"),
        clEnumValN(ProgramSource::Database, "database",
                   "every unit of the database in one program")),
    cl::init(ProgramSource::Auto), GATE, WHY, MAP, cl::cat(ToolCategory));
cl::opt<unsigned> Jobs("j",
                       cl::desc("Units analysed in parallel "
                                "(default: every core)"),
                       cl::init(0), cl::Prefix, GATE, SUGGEST, WHY, MAP,
                       cl::cat(ToolCategory));
cl::opt<std::string>
    Checks("checks",
           cl::desc("Check globs, as clang-tidy's --checks, applied after the "
                    "configuration's (e.g. -checks=-*,onex-purity-io)"),
           GATE, LINK, WHY, MAP, cl::cat(ToolCategory));
cl::opt<std::string> ConfigFile(
    "config-file",
    cl::desc("Use this .clang-tidy-format file for every source instead of "
             "the nearest .clang-tidy"),
    cl::value_desc("path"), GATE, EXTRACT, LINK, SUGGEST, WHY, MAP,
    cl::cat(ToolCategory));
cl::opt<OutputFormat> Format(
    "format", cl::desc("Output format"), cl::init(OutputFormat::Text),
    cl::values(clEnumValN(OutputFormat::Text, "text",
                          "clang-style diagnostics"),
               clEnumValN(OutputFormat::Sarif, "sarif", "SARIF 2.1.0"),
               clEnumValN(OutputFormat::Json, "json", "onex-purity JSON"),
               clEnumValN(OutputFormat::Github, "github",
                          "GitHub Actions workflow commands"),
               clEnumValN(OutputFormat::CodeClimate, "codeclimate",
                          "GitLab Code Quality report")),
    GATE, LINK, WHY, cl::cat(ToolCategory));
cl::opt<std::string> Output("output",
                            cl::desc("Write the report (extract: the summary) "
                                     "here instead of stdout"),
                            cl::value_desc("file"), GATE, EXTRACT, LINK, WHY,
                            MAP, cl::cat(ToolCategory));
cl::alias OutputShort("o", cl::desc("Alias for --output"),
                      cl::aliasopt(Output));
cl::opt<std::string>
    CacheDir("cache",
             cl::desc("Reuse unit summaries across runs from this directory"),
             cl::value_desc("dir"), GATE, WHY, MAP, cl::cat(ToolCategory));
cl::opt<std::string>
    Baseline("baseline",
             cl::desc("SARIF file of accepted findings: report only new ones"),
             cl::value_desc("sarif"), GATE, LINK, cl::cat(ToolCategory));
cl::opt<std::string> SarifOutput(
    "sarif-output",
    cl::desc("Also write the report as SARIF to this file (the --format "
             "report still goes to stdout or -o)"),
    cl::value_desc("file"), GATE, LINK, cl::cat(ToolCategory));
cl::opt<std::string> BaselineIfExists(
    "baseline-if-exists",
    cl::desc("As --baseline, when the file exists (hooks and CI recipes "
             "pick up a committed baseline this way)"),
    cl::value_desc("sarif"), GATE, LINK, cl::cat(ToolCategory));
cl::opt<bool> PruneBaseline(
    "baseline-prune",
    cl::desc("With --baseline: rewrite it without the findings that no "
             "longer occur (the baseline only shrinks)"),
    GATE, LINK, cl::cat(ToolCategory));
cl::opt<std::string> WriteBaseline(
    "write-baseline",
    cl::desc("Record every current finding in a baseline and exit 0 (no "
             "report)"),
    cl::value_desc("file"), GATE, LINK, cl::cat(ToolCategory));
cl::opt<std::string>
    SourceRoot("source-root",
               cl::desc("Paths are shown relative to this directory (SARIF "
                        "%SRCROOT%); default: the project root, the nearest "
                        "directory above -p (or the current one) holding "
                        ".git, else the top one holding .clang-tidy"),
               cl::value_desc("dir"), GATE, LINK, MAP, cl::cat(ToolCategory));
cl::opt<bool> LineNumbers(
    "line-numbers",
    cl::desc("Text output: show the line number before each code line, as "
             "clang does (default: on; --line-numbers=false to hide)"),
    cl::init(true), GATE, LINK, cl::cat(ToolCategory));
cl::opt<bool> Quiet("quiet", cl::desc("No progress line and no summary line"),
                    GATE, LINK, WHY, MAP, cl::cat(ToolCategory));
cl::opt<bool> ListChecks("list-checks",
                         cl::desc("List the enabled checks and exit"), GATE,
                         cl::cat(ToolCategory));
cl::opt<std::string> Explain("explain",
                             cl::desc("Print the documentation of a check"),
                             cl::value_desc("check"), GATE,
                             cl::cat(ToolCategory));
cl::opt<cl::boolOrDefault>
    UseColor("use-color",
             cl::desc("Colour the text output: --color=always|never|auto "
                      "(default auto: when a terminal; NO_COLOR and "
                      "FORCE_COLOR are honoured); --use-color is clang-tidy's "
                      "spelling of the same"),
             GATE, LINK, cl::cat(ToolCategory));
cl::opt<std::string> Depfile(
    "depfile",
    cl::desc("Also write a Makefile-style list of the files the unit read"),
    cl::value_desc("file"), EXTRACT, cl::cat(ToolCategory));
cl::opt<std::string> EmitIndex(
    "emit-index",
    cl::desc("Also write the linked program as a summary index (for the "
             "SummaryIndex option of the clang-tidy module and onex-clangd)"),
    cl::value_desc("file"), LINK, cl::cat(ToolCategory));

cl::extrahelp ExitCodes(R"(
EXIT CODES:
  0  no findings (suppressed and baselined ones do not count)
  1  findings
  2  usage or configuration error, unreadable compilation database, or a
     translation unit that failed to parse (the others are still analysed)

Options come from the nearest .clang-tidy (CheckOptions), as for the
clang-tidy plugin and onex-clangd. See README.md and docs/.
)");

raw_ostream &error() { return WithColor::error(errs(), "onex-purity"); }

/// The first argument before "--" that no onex-purity option claims and
/// that reads as a compiler flag (-std=c++20, -Iinclude, -DX, -Wall, ...):
/// without this, the option parser would suggest a near option name.
std::optional<std::string> misplacedCompilerFlag(int Argc,
                                                 const char *const *Argv) {
  static constexpr llvm::StringLiteral Prefixes[] = {
      "std=", "I",       "D",       "U", "W", "f",       "m",        "O",
      "g",    "isystem", "include", "x", "c", "pthread", "nostdinc", "stdlib="};
  for (int I = 1; I < Argc; ++I) {
    StringRef Arg(Argv[I]);
    if (!Arg.consume_front("-") || Arg.starts_with("-"))
      continue; // Positional, or a --long option: the parser judges those.
    StringRef Name = Arg.split('=').first;
    if (cl::getRegisteredOptions(cl::SubCommand::getTopLevel()).count(Name) ||
        cl::getRegisteredOptions(ExtractCmd).count(Name) ||
        cl::getRegisteredOptions(LinkCmd).count(Name) ||
        (Name.size() > 1 && Name.front() == 'j' &&
         llvm::all_of(Name.drop_front(), llvm::isDigit)))
      continue;
    for (StringRef Prefix : Prefixes)
      if (Arg.starts_with(Prefix))
        return Argv[I];
  }
  return std::nullopt;
}

/// LLVM registers its own -stats (pass statistics) when the parser first
/// runs; ours replaces it, so it is created only after LLVM's is removed.
cl::opt<bool> &statsOption() {
  auto &Registered = cl::getRegisteredOptions();
  auto It = Registered.find("stats");
  if (It != Registered.end())
    It->second->removeArgument();
  static cl::opt<bool> Stats(
      "stats",
      cl::desc("Print per-unit time, functions, call edges and findings, and "
               "the link phase's share"),
      GATE, LINK, cl::cat(ToolCategory));
  return Stats;
}

/// --source-root, else the project above the build directory, else the
/// project above the current directory (an out-of-tree build), else the
/// current directory.
std::string sourceRoot() {
  if (!SourceRoot.empty())
    return absolutePath(SourceRoot);
  std::vector<std::string> Ceilings = ceilingDirectories();
  std::string Here = absolutePath(".");
  if (!BuildPath.empty())
    if (auto Root = findProjectRoot(absolutePath(BuildPath), Ceilings))
      return *Root;
  return findProjectRoot(Here, Ceilings).value_or(Here);
}

OutputOptions outputOptions() {
  OutputOptions O;
  O.Format = Format;
  O.OutputFile = Output;
  O.Baseline = Baseline;
  if (O.Baseline.empty() && !BaselineIfExists.empty() &&
      llvm::sys::fs::exists(BaselineIfExists))
    O.Baseline = BaselineIfExists;
  O.WriteBaseline = WriteBaseline;
  O.PruneBaseline = PruneBaseline;
  O.SarifOutput = SarifOutput;
  O.SourceRoot = sourceRoot();
  O.Quiet = Quiet;
  O.LineNumbers = LineNumbers;
  O.Color = requestedColor();

  return O;
}

std::unique_ptr<ToolConfig> loadConfig() {
  auto Config = ToolConfig::create(ConfigFile, Checks);
  if (!Config) {
    error() << toString(Config.takeError()) << "\n";
    return nullptr;
  }
  return std::move(*Config);
}

} // namespace

int main(int Argc, const char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::opt<bool> &Stats = statsOption();
  cl::HideUnrelatedOptions(ToolCategory);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "onex-purity " ONEX_PURITY_VERSION " (LLVM " ONEX_LLVM_VERSION ")\n";
  });
  // Everything after "--" is a compile command (extract) or compiler flags
  // (the gate); the option parser never sees it.
  int ParsedArgc = Argc;
  std::string FlagsError;
  std::shared_ptr<clang::tooling::CompilationDatabase> Flags =
      clang::tooling::FixedCompilationDatabase::loadFromCommandLine(
          ParsedArgc, Argv, FlagsError, absolutePath("."));
  // --color=always|never|auto (and LLVM's own --color=true|false) is read
  // here: LLVM registers a boolean --color that knows no "never".
  bool ColorSeen = false;
  std::vector<const char *> OptionArgs;
  for (int I = 0; I < ParsedArgc; ++I) {
    llvm::StringRef Arg = Argv[I];
    llvm::StringRef Value;
    if (I > 0 && (Arg == "--color" || Arg == "-color" ||
                  Arg.starts_with("--color=") || Arg.starts_with("-color="))) {
      Value = Arg.contains('=') ? Arg.split('=').second : "always";
      std::optional<bool> Choice;
      if (Value == "always" || Value == "true" || Value == "1")
        Choice = true;
      else if (Value == "never" || Value == "false" || Value == "0")
        Choice = false;
      else if (Value != "auto") {
        error() << "invalid --color value '" << Value
                << "': expected always, never or auto\n";
        return ExitError;
      }
      setCommandLineColor(Choice);
      ColorSeen = true;
      continue;
    }
    OptionArgs.push_back(Argv[I]);
  }
  std::vector<std::string> AfterDashes(Argv + std::min(ParsedArgc + 1, Argc),
                                       Argv + Argc);
  if (std::optional<std::string> Misplaced =
          misplacedCompilerFlag(static_cast<int>(OptionArgs.size()),
                                OptionArgs.data())) {
    error() << "'" << *Misplaced
            << "' is a compiler flag, not an onex-purity option: compiler "
               "flags go after '--' (onex-purity <source>... -- "
            << *Misplaced << ")\n";
    return ExitError;
  }
  if (!cl::ParseCommandLineOptions(
          static_cast<int>(OptionArgs.size()), OptionArgs.data(),
          "onex-purity: keeps ONEX reducers pure (whole-program analysis)\n",
          &errs()))
    return ExitError;
  if (!ColorSeen && UseColor != cl::BOU_UNSET)
    setCommandLineColor(UseColor == cl::BOU_TRUE);
  // Errors, warnings and notes on stderr follow the same choice.
  if (std::optional<bool> Choice = requestedColor()) {
    if (*Choice)
      WithColor::setAutoDetectFunction([](const raw_ostream &) { return true; });
    else
      WithColor::setAutoDetectFunction(
          [](const raw_ostream &) { return false; });
  }
  if (!ExtractCmd && ParsedArgc != Argc && !Flags) {
    error() << "the compiler flags after '--': " << FlagsError << "\n";
    return ExitError;
  }
  if (PruneBaseline && Baseline.empty() && BaselineIfExists.empty()) {
    error() << "--baseline-prune needs --baseline <sarif> (the file it "
               "rewrites)\n";
    return ExitError;
  }
  if (!Explain.empty())
    return explainCheck(Explain);
  std::unique_ptr<ToolConfig> Config = loadConfig();
  if (!Config)
    return ExitError;
  if (ListChecks)
    return listChecks(*Config);

  CommandRequest Units;
  Units.Sources = Sources;
  Units.BuildPath = BuildPath;
  Units.Exclude = Exclude;
  if (ParsedArgc != Argc && !ExtractCmd)
    Units.Flags = Flags;
  if (ExtractCmd) {
    ExtractRequest Request;
    Request.Unit = Units;
    Request.Compile = AfterDashes;
    Request.Output = Output;
    Request.Depfile = Depfile;
    return runExtract(Request, *Config);
  }
  if (WhyCmd)
    Units.Sources.assign(WhyArgs.begin() + 1, WhyArgs.end());
  if (SuggestModelCmd) {
    SuggestModelRequest Request;
    Request.TypeName = SuggestArgs.front();
    Request.Units = Units;
    Request.Units.Sources.assign(SuggestArgs.begin() + 1, SuggestArgs.end());
    Request.ModelName = ModelName;
    Request.SourceRoot = sourceRoot();
    Request.Jobs = Jobs;
    return runSuggestModel(Request, *Config);
  }
  if (LinkCmd) {
    LinkRequest Request;
    Request.Summaries = Summaries;
    Request.EmitIndex = EmitIndex;
    Request.Stats = Stats;
    return runLink(Request, *Config, outputOptions());
  }
  GateRequest Request;
  Request.Units = Units;
  if (WhyCmd)
    Request.Why = WhyArgs.front();
  if (MapCmd)
    Request.Map = MapFormatOption.getValue();
  Request.Programs = Programs;
  Request.Jobs = Jobs;
  Request.CacheDir = CacheDir;
  Request.Stats = Stats;
  return runGate(Request, *Config, outputOptions());
}
