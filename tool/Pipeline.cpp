//===- Pipeline.cpp -------------------------------------------------------===//

#include "Pipeline.h"
#include "Baseline.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

#include <cstdlib>

namespace onex::tool {

namespace {

/// The fixed baseline entries, one line each: "  store.cpp:12: onex-purity-io".
void printFixed(const Report &R) {
  for (const BaselineEntry &E : R.Fixed)
    llvm::errs() << "  " << E.File << ":" << E.Line << ": " << E.Check << "\n";
}

void printSummary(const Report &R, unsigned Units, bool Pruned) {
  unsigned Shown = R.unsuppressedCount();
  unsigned Suppressed = R.Findings.size() - Shown;
  llvm::errs() << "onex-purity: " << Shown
               << (Shown == 1 ? " finding" : " findings") << " in " << Units
               << (Units == 1 ? " unit" : " units");
  if (Suppressed || R.Baselined)
    llvm::errs() << " (" << Suppressed << " suppressed in source, "
                 << R.Baselined << " in the baseline)";
  llvm::errs() << "\n";
  if (R.Fixed.empty() || Pruned)
    return; // A prune has said what it removed.
  size_t N = R.Fixed.size();
  llvm::errs() << "onex-purity: " << N
               << (N == 1 ? " baselined finding no longer occurs"
                          : " baselined findings no longer occur")
               << "; shrink the baseline with --baseline-prune:\n";
  printFixed(R);
}
} // namespace

namespace {

bool cannotWrite(llvm::StringRef Path, std::error_code EC) {
  llvm::WithColor::error(llvm::errs(), "onex-purity")
      << "cannot write '" << Path << "': " << EC.message() << "\n";
  return false;
}

} // namespace

namespace {

/// Whether Path exists and is not a regular file (/dev/stdout, /dev/full, a
/// pipe): written in place, never replaced by a rename.
bool isSpecialFile(llvm::StringRef Path) {
  llvm::sys::fs::file_status Status;
  return !llvm::sys::fs::status(Path, Status) &&
         llvm::sys::fs::exists(Status) &&
         !llvm::sys::fs::is_regular_file(Status);
}

/// Writes to Out and reports a failed write (a full disk) as an error code
/// instead of letting the stream abort when it is destroyed.
std::error_code
writeAndFlush(llvm::raw_fd_ostream &Out,
              llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  Write(Out);
  Out.flush();
  if (!Out.has_error())
    return {};
  std::error_code EC = Out.error();
  Out.clear_error();
  return EC;
}

} // namespace

bool writeFile(llvm::StringRef Path,
               llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  if (isSpecialFile(Path)) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
    if (!EC)
      EC = writeAndFlush(OS, Write);
    return EC ? cannotWrite(Path, EC) : true;
  }
  // A temporary file beside the report, renamed over it when complete: a
  // failed or interrupted run (TempFile removes it on a signal) leaves the
  // previous report as it was, never a torn or empty one.
  llvm::Expected<llvm::sys::fs::TempFile> Temp =
      llvm::sys::fs::TempFile::create(Path + ".tmp-%%%%%%");
  if (!Temp)
    return cannotWrite(Path, llvm::errorToErrorCode(Temp.takeError()));
  std::error_code EC;
  {
    llvm::raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
    EC = writeAndFlush(OS, Write);
  }
  if (EC) {
    llvm::consumeError(Temp->discard());
    return cannotWrite(Path, EC);
  }
  if (llvm::Error E = Temp->keep(Path))
    return cannotWrite(Path, llvm::errorToErrorCode(std::move(E)));
  return true;
}

namespace {

/// The findings of R that are not suppressed in source: the debt a
/// baseline records.
Report unsuppressedPart(const Report &R) {
  Report Debt;
  Debt.SourceRoot = R.SourceRoot;
  for (size_t I = 0; I < R.Findings.size(); ++I)
    if (!R.Findings[I].Suppressed) {
      Debt.Findings.push_back(R.Findings[I]);
      Debt.Fingerprints.push_back(R.Fingerprints[I]);
    }
  return Debt;
}

/// Rewrites the baseline with only the entries that still occur, so the
/// accepted debt can only shrink.
bool pruneBaseline(const Report &R, SourceText &Sources,
                   const OutputOptions &Options) {
  Report Kept;
  Kept.SourceRoot = R.SourceRoot;
  Kept.Findings = R.BaselinedFindings;
  Kept.Fingerprints = R.BaselinedFingerprints;
  if (!writeFile(Options.Baseline, [&](llvm::raw_ostream &OS) {
        renderSarif(Kept, Sources, OS);
      }))
    return false;
  if (!Options.Quiet) {
    llvm::errs() << "onex-purity: pruned " << R.Fixed.size()
                 << (R.Fixed.size() == 1 ? " entry that no longer occurs"
                                         : " entries that no longer occur")
                 << " from the baseline '" << Options.Baseline << "'"
                 << (R.Fixed.empty() ? "\n" : ":\n");
    printFixed(R);
  }
  return true;
}

} // namespace

namespace {
std::optional<bool> CommandLineColor;
} // namespace

void setCommandLineColor(std::optional<bool> Choice) {
  CommandLineColor = Choice;
}

std::optional<bool> requestedColor() {
  if (CommandLineColor)
    return CommandLineColor;
  const char *NoColor = std::getenv("NO_COLOR");
  if (NoColor && *NoColor)
    return false;
  const char *ForceColor = std::getenv("FORCE_COLOR");
  if (ForceColor && *ForceColor && llvm::StringRef(ForceColor) != "0")
    return true;
  return std::nullopt;
}

bool stderrHasColors() {
  return requestedColor().value_or(llvm::sys::Process::StandardErrHasColors());
}

bool writeOutput(llvm::StringRef Path,
                 llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  if (!isStdout(Path))
    return writeFile(Path, Write);
  Write(llvm::outs());
  llvm::outs().flush();
  if (!llvm::outs().has_error())
    return true;
  std::error_code EC = llvm::outs().error();
  llvm::outs().clear_error();
  return cannotWrite("<stdout>", EC);
}

bool checkWritable(llvm::StringRef Path) {
  if (isStdout(Path))
    return true;
  // Nothing is created or truncated: an existing file must open for
  // writing, and its directory must take the temporary file the report is
  // written to (see writeFile).
  if (llvm::sys::fs::exists(Path)) {
    int FD = -1;
    if (std::error_code EC = llvm::sys::fs::openFileForWrite(
            Path, FD, llvm::sys::fs::CD_OpenExisting, llvm::sys::fs::OF_Append))
      return cannotWrite(Path, EC);
    llvm::sys::Process::SafelyCloseFileDescriptor(FD);
    if (isSpecialFile(Path))
      return true;
  }
  llvm::Expected<llvm::sys::fs::TempFile> Probe =
      llvm::sys::fs::TempFile::create(Path + ".tmp-%%%%%%");
  if (!Probe)
    return cannotWrite(Path, llvm::errorToErrorCode(Probe.takeError()));
  llvm::consumeError(Probe->discard());
  return true;
}

int reportFindings(std::vector<Finding> Findings,
                   std::vector<UnitFailure> Failures, unsigned Units,
                   ToolConfig &Config, const OutputOptions &Options,
                   llvm::ArrayRef<std::string> Notes) {
  Report R;
  R.SourceRoot = Options.SourceRoot;
  R.Failures = std::move(Failures);
  for (Finding &F : Findings)
    if (Config.isEnabled(F.checkName(), F.Primary.File))
      R.Findings.push_back(std::move(F));
  SourceText Sources;
  computeFingerprints(R, Sources);

  // Writing the baseline records the debt; it is not a report.
  if (!Options.WriteBaseline.empty()) {
    Report Debt = unsuppressedPart(R);
    if (!writeFile(Options.WriteBaseline, [&](llvm::raw_ostream &OS) {
          renderSarif(Debt, Sources, OS);
        }))
      return ExitError;
    unsigned Recorded = Debt.Findings.size();
    if (!Options.Quiet)
      llvm::errs() << "onex-purity: recorded " << Recorded
                   << (Recorded == 1 ? " finding" : " findings")
                   << " in the baseline '" << Options.WriteBaseline
                   << "'; run with --baseline " << Options.WriteBaseline
                   << " to report only new ones\n";
    return R.Failures.empty() ? ExitClean : ExitError;
  }
  if (!Options.Baseline.empty()) {
    auto Baseline = readBaseline(Options.Baseline);
    if (!Baseline) {
      llvm::WithColor::error(llvm::errs(), "onex-purity")
          << llvm::toString(Baseline.takeError()) << "\n";
      return ExitError;
    }
    applyBaseline(R, *Baseline);
    R.AgainstBaseline = true;
    if (Options.PruneBaseline && !pruneBaseline(R, Sources, Options))
      return ExitError;
  }

  bool Written = true;
  if (!Options.SarifOutput.empty())
    Written = writeFile(Options.SarifOutput, [&](llvm::raw_ostream &OS) {
      renderSarif(R, Sources, OS);
    });
  // Colour by default only on a terminal.
  TextStyle Style{
      Options.Color.value_or(isStdout(Options.OutputFile) &&
                             llvm::sys::Process::StandardOutIsDisplayed()),
      Options.LineNumbers};
  Written &= writeOutput(Options.OutputFile, [&](llvm::raw_ostream &OS) {
    render(Options.Format, R, Sources, OS, Style);
  });
  // A machine format written to a file: the console still shows the
  // findings, as text, so a CI log says what failed (--quiet: not).
  if (Written && !isStdout(Options.OutputFile) &&
      Options.Format != OutputFormat::Text && !Options.Quiet) {
    TextStyle Console{
        Options.Color.value_or(llvm::sys::Process::StandardOutIsDisplayed()),
        Options.LineNumbers};
    Written &= writeOutput("-", [&](llvm::raw_ostream &OS) {
      render(OutputFormat::Text, R, Sources, OS, Console);
    });
  }
  if (!Options.Quiet) {
    printSummary(R, Units, Options.PruneBaseline);
    for (const std::string &Note : Notes)
      llvm::errs() << "onex-purity: " << Note << "\n";
  }
  if (!Written || !R.Failures.empty())
    return ExitError;
  return R.unsuppressedCount() ? ExitFindings : ExitClean;
}

} // namespace onex::tool
