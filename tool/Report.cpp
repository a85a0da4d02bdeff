//===- Report.cpp ---------------------------------------------------------===//

#include "Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/xxhash.h"

namespace onex::tool {

unsigned Report::unsuppressedCount() const {
  return llvm::count_if(Findings,
                        [](const Finding &F) { return !F.Suppressed; });
}

std::string chainLine(const ChainStep &Step, const Report &R) {
  return relativeTo(Step.Site.File, R.SourceRoot) + ":" +
         std::to_string(Step.Site.Line) + ": " + Finding::noteFor(Step);
}

void computeFingerprints(Report &R, SourceText &Sources) {
  R.Fingerprints.clear();
  llvm::StringMap<unsigned> Occurrences;
  for (const Finding &F : R.Findings) {
    std::string Line;
    for (char C : Sources.line(F.Primary.File, F.Primary.Line))
      if (!llvm::isSpace(C))
        Line += C;
    if (Line.empty())
      Line = F.What;
    std::string Data =
        std::string(F.checkName()) + "|" + F.sinkFunction() + "|" + Line;
    uint64_t Hash = llvm::xxh3_64bits(Data);
    std::string Base = llvm::formatv("{0:x-16}", Hash).str();
    unsigned N = ++Occurrences[Base];
    R.Fingerprints.push_back(Base + ":" + std::to_string(N));
  }
}

} // namespace onex::tool
