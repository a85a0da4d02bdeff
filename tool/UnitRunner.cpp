//===- UnitRunner.cpp -----------------------------------------------------===//

#include "UnitRunner.h"
#include "OnexVersion.h"
#include "Stopwatch.h"
#include "frontend/Paths.h"
#include "frontend/SummaryFiles.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <functional>

namespace onex::tool {

namespace {

/// A dependency's path must name the file that was read: resolve ".."
/// through the file system, since "/lib/gcc/../../include" is not
/// "/include" when /lib is a symbolic link.
std::string dependencyPath(llvm::StringRef Name, llvm::StringRef Directory) {
  llvm::SmallString<256> Path(Name);
  if (!llvm::sys::path::is_absolute(Path)) {
    Path = Directory;
    llvm::sys::path::append(Path, Name);
  }
  llvm::SmallString<256> Real;
  if (Path.str().contains("..") && !llvm::sys::fs::real_path(Path, Real))
    return std::string(Real);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
  return std::string(Path);
}

/// What a unit's AST is for: a summary, or another command's reading.
using ASTVisit = std::function<void(clang::ASTContext &)>;

class VisitConsumer : public clang::ASTConsumer {
public:
  explicit VisitConsumer(ASTVisit Visit) : Visit(std::move(Visit)) {}
  void HandleTranslationUnit(clang::ASTContext &Ctx) override { Visit(Ctx); }

private:
  ASTVisit Visit;
};

class VisitAction : public clang::ASTFrontendAction {
public:
  VisitAction(ASTVisit Visit, std::string &Diagnostics)
      : Visit(std::move(Visit)), Diagnostics(Diagnostics) {}

  bool BeginInvocation(clang::CompilerInstance &CI) override {
    // "N errors generated." goes with the unit's other diagnostics, not
    // straight to stderr from a worker thread.
    CI.setVerboseOutputStream(
        std::make_unique<llvm::raw_string_ostream>(Diagnostics));
    return true;
  }

  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &, llvm::StringRef) override {
    return std::make_unique<VisitConsumer>(Visit);
  }

private:
  ASTVisit Visit;
  std::string &Diagnostics;
};

/// The summary of a parsed unit, and every file it read.
void summarizeAST(clang::ASTContext &Ctx, const EngineConfig &Config,
                  UnitOutcome &Out, llvm::StringRef Directory) {
  UnitExtraction Extraction = summarizeTranslationUnit(Ctx, Config);
  Extraction.Unit.MainFile = Out.File;
  makePathsAbsolute(Extraction.Unit, Directory);
  Out.Summary = std::move(Extraction.Unit);
  Out.Stats = Extraction.Stats;
  const clang::SourceManager &SM = Ctx.getSourceManager();
  for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It)
    Out.Dependencies.push_back(dependencyPath(It->first.getName(), Directory));
  llvm::sort(Out.Dependencies);
  Out.Dependencies.erase(
      std::unique(Out.Dependencies.begin(), Out.Dependencies.end()),
      Out.Dependencies.end());
}

/// The compile command as the analysis runs it: syntax only, no output
/// files, no warnings (the tool reports its own findings, not the
/// compiler's), and Clang's resource directory, which a binary outside
/// LLVM's bin directory cannot find by itself.
std::vector<std::string>
analysisCommandLine(const clang::tooling::CompileCommand &Command) {
  using namespace clang::tooling;
  ArgumentsAdjuster Adjust =
      combineAdjusters(combineAdjusters(getClangStripOutputAdjuster(),
                                        getClangStripDependencyFileAdjuster()),
                       combineAdjusters(getClangSyntaxOnlyAdjuster(),
                                        getStripPluginsAdjuster()));
  std::vector<std::string> Args = Adjust(Command.CommandLine, Command.Filename);
  bool HasResourceDir = llvm::any_of(
      Args, [](llvm::StringRef A) { return A.starts_with("-resource-dir"); });
  if (!HasResourceDir && !Args.empty())
    Args.insert(Args.begin() + 1, "-resource-dir=" ONEX_CLANG_RESOURCE_DIR);
  Args.push_back("-w");
  Args.push_back("-Wno-error");
  return Args;
}

} // namespace

std::string absoluteSourcePath(const clang::tooling::CompileCommand &Command) {
  return absolutePath(Command.Filename, Command.Directory);
}

std::string parseUnit(const clang::tooling::CompileCommand &Command,
                      bool ColorDiagnostics, std::string &Diagnostics,
                      std::function<void(clang::ASTContext &)> Visit) {
  // A file system of its own: the working directory is per unit, and the
  // process-wide one must not change under other threads.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS =
      llvm::vfs::createPhysicalFileSystem();
  FS->setCurrentWorkingDirectory(Command.Directory);
  clang::FileSystemOptions FSOptions;
  FSOptions.WorkingDir = Command.Directory;
  llvm::IntrusiveRefCntPtr<clang::FileManager> Files(
      new clang::FileManager(FSOptions, FS));

  llvm::raw_string_ostream DiagStream(Diagnostics);
  clang::DiagnosticOptions DiagOpts;
  DiagOpts.ShowColors = ColorDiagnostics;
  clang::TextDiagnosticPrinter Printer(DiagStream, DiagOpts);

  bool Visited = false;
  clang::tooling::ToolInvocation Invocation(analysisCommandLine(Command),
                                            std::make_unique<VisitAction>(
                                                [&](clang::ASTContext &Ctx) {
                                                  Visited = true;
                                                  Visit(Ctx);
                                                },
                                                Diagnostics),
                                            Files.get());
  Invocation.setDiagnosticConsumer(&Printer);
  bool Ok = Invocation.run();
  unsigned Errors = Printer.getNumErrors();
  if (Ok && !Errors && Visited)
    return "";
  return Errors ? "failed to parse (" + std::to_string(Errors) +
                      (Errors == 1 ? " error)" : " errors)")
                : "failed to parse";
}

UnitOutcome summarizeUnit(const clang::tooling::CompileCommand &Command,
                          ToolConfig &Config, llvm::StringRef Check,
                          bool ColorDiagnostics) {
  Stopwatch Timer;
  UnitOutcome Out;
  Out.File = absoluteSourcePath(Command);

  auto Engine = Config.engineConfigFor(Out.File, Check);
  if (!Engine) {
    Out.Failure = llvm::toString(Engine.takeError());
    return Out;
  }
  Out.Failure = parseUnit(Command, ColorDiagnostics, Out.Diagnostics,
                          [&](clang::ASTContext &Ctx) {
                            summarizeAST(Ctx, **Engine, Out, Command.Directory);
                          });
  Out.Seconds = Timer.seconds();
  return Out;
}

} // namespace onex::tool
