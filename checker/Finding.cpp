//===- Finding.cpp --------------------------------------------------------===//

#include "checker/Finding.h"
#include "checker/StableSort.h"
#include <functional>
#include <tuple>

namespace onex {

std::string Finding::operation() const {
  return Inside.empty() ? What : What + " inside '" + Inside + "'";
}

std::string Finding::entryLabel() const {
  return (EntryKind == EntryKind::PureFunction ? "pure function '"
                                               : "reducer '") +
         Entry + "'";
}

std::string Finding::message() const {
  std::string M = operation() + " ";
  M += categoryVerb(Cat);
  if (!Reason.empty())
    M += " (" + Reason + ")";
  if (EntryKind == EntryKind::None)
    return M;
  M += Chain.empty() ? "; in " : "; reachable from ";
  return M + entryLabel();
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
