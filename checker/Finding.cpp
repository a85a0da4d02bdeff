//===- Finding.cpp --------------------------------------------------------===//

#include "checker/Finding.h"
#include "checker/StableSort.h"
#include <functional>
#include <tuple>

namespace onex {

std::string Finding::message() const {
  std::string M = What;
  if (!Inside.empty())
    M += " inside '" + Inside + "'";
  M += " ";
  M += categoryVerb(Cat);
  if (!Reason.empty())
    M += " (" + Reason + ")";
  if (EntryKind == EntryKind::None)
    return M;
  M += Chain.empty() ? "; in " : "; reachable from ";
  M += EntryKind == EntryKind::PureFunction ? "pure function '" : "reducer '";
  M += Entry + "'";
  return M;
}

void sortFindings(std::vector<Finding> &Findings) {
  auto Key = [](const Finding &F) {
    return std::make_tuple(std::cref(F.Primary.File), F.Primary.Line,
                           F.Primary.Column, F.checkName(), std::cref(F.What));
  };
  stableSort(Findings, [&](const Finding &A, const Finding &B) {
    return Key(A) < Key(B);
  });
}

std::string Finding::noteFor(const ChainStep &Step) {
  return "'" + Step.Caller + "' calls '" + Step.Callee + "' here";
}

std::string Finding::sinkFunction() const {
  if (!Inside.empty())
    return Inside;
  return Chain.empty() ? Entry : Chain.back().Callee;
}

std::string Finding::identityKey() const {
  return std::string(checkName()) + "|" + Primary.File + ":" +
         std::to_string(Primary.Line) + ":" + std::to_string(Primary.Column) +
         "|" + What;
}

} // namespace onex
