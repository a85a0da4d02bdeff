//===- Summary.cpp --------------------------------------------------------===//

#include "checker/Summary.h"

namespace onex {

FunctionId ProgramSummary::getOrCreate(llvm::StringRef USR, bool &Created) {
  auto [It, Inserted] = ByUSR.try_emplace(USR, Functions.size());
  Created = Inserted;
  if (Inserted) {
    Functions.emplace_back();
    Functions.back().USR = USR.str();
  }
  return It->second;
}

FunctionId ProgramSummary::addDefinition(FunctionId First) {
  assert(First < Functions.size() && "function id out of range");
  FunctionId Id = Functions.size();
  Functions.emplace_back();
  Functions.back().USR = Functions[First].USR;
  Functions[First].OtherDefinitions.push_back(Id);
  return Id;
}

size_t ProgramSummary::callEdgeCount() const {
  size_t Edges = 0;
  for (const FunctionSummary &S : Functions)
    Edges += S.Calls.size();
  return Edges;
}

std::optional<FunctionId> ProgramSummary::find(llvm::StringRef USR) const {
  auto It = ByUSR.find(USR);
  if (It == ByUSR.end())
    return std::nullopt;
  return It->second;
}

} // namespace onex
