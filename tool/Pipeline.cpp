//===- Pipeline.cpp -------------------------------------------------------===//

#include "Pipeline.h"
#include "Baseline.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

#include <cstdlib>

namespace onex::tool {

namespace {

void printSummary(const Report &R, unsigned Units) {
  unsigned Shown = R.unsuppressedCount();
  unsigned Suppressed = R.Findings.size() - Shown;
  llvm::errs() << "onex-purity: " << Shown
               << (Shown == 1 ? " finding" : " findings") << " in " << Units
               << (Units == 1 ? " unit" : " units");
  if (Suppressed || R.Baselined)
    llvm::errs() << " (" << Suppressed << " suppressed in source, "
                 << R.Baselined << " in the baseline)";
  llvm::errs() << "\n";
  if (R.NoLongerOccur)
    llvm::errs() << "onex-purity: " << R.NoLongerOccur
                 << (R.NoLongerOccur == 1
                         ? " baselined finding no longer occurs"
                         : " baselined findings no longer occur")
                 << "; shrink the baseline with --baseline-prune\n";
}

} // namespace

namespace {

bool cannotWrite(llvm::StringRef Path, std::error_code EC) {
  llvm::WithColor::error(llvm::errs(), "onex-purity")
      << "cannot write '" << Path << "': " << EC.message() << "\n";
  return false;
}

} // namespace

bool writeFile(llvm::StringRef Path,
               llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
  if (EC)
    return cannotWrite(Path, EC);
  Write(OS);
  OS.close();
  if (OS.has_error()) { // A full disk: say so, do not abort.
    EC = OS.error();
    OS.clear_error();
    return cannotWrite(Path, EC);
  }
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
  if (!Options.Quiet)
    llvm::errs() << "onex-purity: pruned " << R.NoLongerOccur
                 << (R.NoLongerOccur == 1 ? " entry that no longer occurs"
                                          : " entries that no longer occur")
                 << " from the baseline '" << Options.Baseline << "'\n";
  return true;
}

} // namespace

bool noColorRequested() {
  const char *NoColor = std::getenv("NO_COLOR");
  return NoColor && *NoColor;
}

bool stderrHasColors() {
  return !noColorRequested() && llvm::sys::Process::StandardErrHasColors();
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
  // Opened (created if need be) without truncating: what exists stays
  // until the report replaces it.
  int FD = -1;
  if (std::error_code EC = llvm::sys::fs::openFileForWrite(
          Path, FD, llvm::sys::fs::CD_OpenAlways, llvm::sys::fs::OF_Append))
    return cannotWrite(Path, EC);
  llvm::sys::Process::SafelyCloseFileDescriptor(FD);
  return true;
}

int reportFindings(std::vector<Finding> Findings,
                   std::vector<UnitFailure> Failures, unsigned Units,
                   ToolConfig &Config, const OutputOptions &Options) {
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
  if (!Options.Quiet)
    printSummary(R, Units);
  if (!Written || !R.Failures.empty())
    return ExitError;
  return R.unsuppressedCount() ? ExitFindings : ExitClean;
}

} // namespace onex::tool
