//===- Baseline.cpp -------------------------------------------------------===//

#include "Baseline.h"
#include "llvm/Support/JSON.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include <tuple>

namespace onex::tool {

llvm::Expected<BaselineEntries> readBaseline(llvm::StringRef Path) {
  auto Fail = [&](const std::string &Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "baseline '%s': %s", Path.str().c_str(),
                                   Why.c_str());
  };
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return Fail(Buffer.getError().message());
  llvm::Expected<llvm::json::Value> Doc =
      llvm::json::parse((*Buffer)->getBuffer());
  if (!Doc)
    return Fail("not JSON: " + llvm::toString(Doc.takeError()));
  const llvm::json::Object *Root = Doc->getAsObject();
  const llvm::json::Array *Runs = Root ? Root->getArray("runs") : nullptr;
  if (!Runs || Root->getString("version") != "2.1.0")
    return Fail("not a SARIF 2.1.0 log (write one with --write-baseline)");
  BaselineEntries Fingerprints;
  for (const llvm::json::Value &Run : *Runs) {
    const llvm::json::Object *R = Run.getAsObject();
    const llvm::json::Array *Results = R ? R->getArray("results") : nullptr;
    if (!Results)
      return Fail("a run has no 'results'");
    for (const llvm::json::Value &Result : *Results) {
      const llvm::json::Object *O = Result.getAsObject();
      const llvm::json::Object *FP =
          O ? O->getObject("partialFingerprints") : nullptr;
      std::optional<llvm::StringRef> Key =
          FP ? FP->getString(FingerprintKey) : std::nullopt;
      if (!Key && FP && FP->getString("onexPurity/v1"))
        return Fail("written by an older onex-purity (fingerprints v1, which "
                    "included the entry point); write it again with "
                    "--write-baseline");
      if (!Key)
        return Fail(std::string("a result has no '") + FingerprintKey +
                    "' fingerprint (was it written by onex-purity?)");
      BaselineEntry Entry;
      Entry.Check = O->getString("ruleId").value_or("").str();
      if (const llvm::json::Array *Locations = O->getArray("locations"))
        if (!Locations->empty())
          if (const llvm::json::Object *Physical =
                  (*Locations)[0].getAsObject()
                      ? (*Locations)[0].getAsObject()->getObject(
                            "physicalLocation")
                      : nullptr) {
            if (const llvm::json::Object *Artifact =
                    Physical->getObject("artifactLocation"))
              Entry.File = Artifact->getString("uri").value_or("").str();
            if (const llvm::json::Object *Region = Physical->getObject("region"))
              Entry.Line = Region->getInteger("startLine").value_or(0);
          }
      Fingerprints.try_emplace(*Key, std::move(Entry));
    }
  }
  return Fingerprints;
}

void applyBaseline(Report &R, const BaselineEntries &Baseline) {
  std::vector<Finding> Kept;
  std::vector<std::string> KeptPrints;
  llvm::StringSet<> Matched;
  for (size_t I = 0; I < R.Findings.size(); ++I) {
    if (R.Findings[I].Suppressed) {
      // Reported as suppressed, not as debt; still there, so an entry for
      // it (an older baseline recorded them) has not been fixed.
      if (Baseline.contains(R.Fingerprints[I]))
        Matched.insert(R.Fingerprints[I]);
    } else if (Baseline.contains(R.Fingerprints[I])) {
      ++R.Baselined;
      Matched.insert(R.Fingerprints[I]);
      R.BaselinedFindings.push_back(std::move(R.Findings[I]));
      R.BaselinedFingerprints.push_back(std::move(R.Fingerprints[I]));
      continue;
    }
    Kept.push_back(std::move(R.Findings[I]));
    KeptPrints.push_back(std::move(R.Fingerprints[I]));
  }
  R.Findings = std::move(Kept);
  R.Fingerprints = std::move(KeptPrints);
  for (const auto &E : Baseline)
    if (!Matched.contains(E.getKey()))
      R.Fixed.push_back(E.getValue());
  llvm::sort(R.Fixed, [](const BaselineEntry &A, const BaselineEntry &B) {
    return std::tie(A.File, A.Line, A.Check) < std::tie(B.File, B.Line, B.Check);
  });
}

} // namespace onex::tool
