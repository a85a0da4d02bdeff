//===- Finding.cpp --------------------------------------------------------===//

#include "checker/Finding.h"

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

std::string Finding::noteFor(const ChainStep &Step) {
  return "'" + Step.Caller + "' calls '" + Step.Callee + "' here";
}

} // namespace onex
