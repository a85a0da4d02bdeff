//===- Driver.cpp ---------------------------------------------------------===//

#include "Driver.h"
#include "Stopwatch.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/raw_ostream.h"
#include <mutex>

namespace onex::tool {

namespace {

/// "[ 12/100] 00:14 ETA 01:43 file.cpp" on one terminal line, redrawn.
class ProgressLine {
public:
  ProgressLine(size_t Total, bool Enabled)
      : Total(Total), Enabled(Enabled && Total > 0) {}
  ~ProgressLine() {
    if (Enabled)
      llvm::errs() << "\r\x1b[K";
  }

  void done(llvm::StringRef File) {
    if (!Enabled)
      return;
    std::lock_guard<std::mutex> Lock(Mutex);
    ++Done;
    double Elapsed = Timer.seconds();
    double Eta = Elapsed / Done * (Total - Done);
    llvm::errs() << llvm::formatv("\r\x1b[K[{0,5}/{1}] {2} ETA {3} {4}", Done,
                                  Total, clock(Elapsed), clock(Eta),
                                  llvm::sys::path::filename(File));
    llvm::errs().flush();
  }

private:
  static std::string clock(double Seconds) {
    unsigned S = Seconds;
    return llvm::formatv("{0:2}:{1:2}", S / 60, S % 60).str();
  }

  size_t Total;
  size_t Done = 0;
  bool Enabled;
  Stopwatch Timer;
  std::mutex Mutex;
};

UnitOutcome summarizeOne(const clang::tooling::CompileCommand &Command,
                         ToolConfig &Config, const ExtractOptions &Options) {
  std::string Key;
  if (Options.Cache) {
    auto EngineOptions =
        Config.optionsFor(absoluteSourcePath(Command), Options.Check);
    if (EngineOptions) // Bad options fail the unit in summarizeUnit.
      Key = Options.Cache->keyFor(Command, *EngineOptions);
    else
      llvm::consumeError(EngineOptions.takeError());
    if (std::optional<UnitOutcome> Hit = Options.Cache->lookup(Key))
      return std::move(*Hit);
  }
  UnitOutcome Out =
      summarizeUnit(Command, Config, Options.Check, Options.Color);
  if (Options.Cache)
    Options.Cache->store(Key, Out);
  return Out;
}

} // namespace

std::vector<UnitOutcome>
summarizeUnits(const std::vector<clang::tooling::CompileCommand> &Commands,
               ToolConfig &Config, const ExtractOptions &Options,
               OutcomeConsumer Consume) {
  std::vector<UnitOutcome> Outcomes(Commands.size());
  std::vector<bool> Finished(Commands.size(), false);
  size_t NextToConsume = 0;
  std::mutex Mutex;
  ProgressLine Progress(Commands.size(), Options.Progress);
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Options.Jobs));
  for (size_t I = 0; I < Commands.size(); ++I)
    Pool.async([&, I] {
      UnitOutcome Out = summarizeOne(Commands[I], Config, Options);
      Progress.done(Out.File);
      // Units are consumed in command order; one that finishes early waits
      // (as data, not as a thread) for those before it.
      std::lock_guard<std::mutex> Lock(Mutex);
      Outcomes[I] = std::move(Out);
      Finished[I] = true;
      for (; NextToConsume < Commands.size() && Finished[NextToConsume];
           ++NextToConsume)
        Consume(Outcomes[NextToConsume]);
    });
  Pool.wait();
  return Outcomes;
}

} // namespace onex::tool
