//===- Finding.cpp --------------------------------------------------------===//

#include "checker/Finding.h"
#include "checker/StableSort.h"
#include <cassert>
#include <functional>
#include <tuple>

namespace onex {

std::string Finding::operation() const {
  return Inside.empty() ? What : What + " inside '" + Inside + "'";
}

std::string Finding::entryLabel() const {
  return (EntryRole == EntryKind::PureFunction ? "pure function '"
                                               : "reducer '") +
         Entry + "'";
}

namespace {

std::string describe(const std::string &Operation, Category Cat,
                     const std::string &Reason) {
  std::string M = Operation + " " + categoryVerb(Cat).str();
  if (!Reason.empty())
    M += " (" + Reason + ")";
  return M;
}

} // namespace

std::string Finding::claim() const { return describe(What, Cat, Reason); }

std::string Finding::message() const {
  if (!Message.empty())
    return Message;
  std::string M = describe(operation(), Cat, Reason);
  if (EntryRole == EntryKind::None)
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
  if (!Step.Through.empty())
    return "'" + Step.Caller + "' passes '" + Step.Callee + "' to '" +
           Step.Through + "' here, which calls it";
  if (!Step.Passes.empty())
    return "'" + Step.Caller + "' passes '" + Step.Passes + "' to '" +
           Step.Callee + "' here";
  return "'" + Step.Caller + "' calls '" + Step.Callee + "' here";
}

std::string Finding::sinkFunction() const {
  if (!Inside.empty())
    return Inside;
  return Chain.empty() ? Entry : Chain.back().Callee;
}

std::string Finding::identityKey() const {
  std::string Key = std::string(checkName()) + "|" + Primary.File + ":" +
                    std::to_string(Primary.Line) + ":" +
                    std::to_string(Primary.Column);
  // Input mutation is reported once per parameter at a site:
  // std::swap(a.id, b.id) modifies both callers' data.
  if (Cat == Category::InputMutation)
    Key += "|" + Reason;
  return Key;
}

void Finding::placeInUserCode() {
  if (Primary.InSystemHeader)
    moveToDeepestStep([](const ChainStep &S) { return !S.Site.InSystemHeader; },
                      /*KeepTrail=*/false);
  if (Primary.File.empty() &&
      !moveToDeepestStep(
          [](const ChainStep &S) { return !S.Site.File.empty(); },
          /*KeepTrail=*/false)) {
    Primary = EntryDecl;
    Chain.clear();
  }
  assert(!Primary.File.empty() && "a finding has a user-code location");
  assert(isReported(Cat) && "a finding names a check");
}

namespace {

Suppression nolintSuppression(const Waiver &W, std::string OnCall) {
  Location Comment;
  Comment.File = W.File;
  Comment.Line = W.Line;
  Comment.Column = W.Column;
  return Suppression{Suppression::Nolint, W.Justification, Comment,
                     std::move(OnCall)};
}

} // namespace

std::string Suppression::statedJustification() const {
  std::string Directive = Kind == Nolint ? "NOLINT" : "ONEX_ALLOW_IMPURE";
  if (OnCall.empty())
    return Justification.empty() ? Directive : Justification;
  std::string Covered = Directive + " on " + OnCall + ", which reaches it";
  return Justification.empty() ? Covered : Justification + " (" + Covered + ")";
}

void Finding::applyWaivers() {
  if (Suppressed)
    return;
  if (const Waiver *W = Primary.waiverFor(Cat)) {
    Suppressed = nolintSuppression(*W, "");
    return;
  }
  for (const ChainStep &Step : Chain)
    if (const Waiver *W = Step.Site.waiverFor(Cat)) {
      Suppressed = nolintSuppression(*W, "the call to '" + Step.Callee +
                                             "' in '" + Step.Caller + "'");
      return;
    }
}

bool Finding::moveToDeepestStep(
    llvm::function_ref<bool(const ChainStep &)> IsUsable, bool KeepTrail) {
  auto Step = llvm::find_if(llvm::reverse(Chain), IsUsable);
  if (Step == Chain.rend())
    return false;
  size_t Index = Chain.size() - 1 - (Step - Chain.rbegin());
  if (KeepTrail) {
    std::vector<std::pair<Location, std::string>> Trail;
    for (size_t I = Index + 1; I < Chain.size(); ++I)
      Trail.emplace_back(Chain[I].Site, noteFor(Chain[I]));
    Trail.emplace_back(Primary, What + " is here");
    llvm::append_range(Trail, Notes);
    Notes = std::move(Trail);
  }
  Primary = Chain[Index].Site;
  Inside = Chain[Index].Callee;
  Chain.resize(Index);
  Anchored |= KeepTrail;
  return true;
}

bool Finding::acceptableByEscapeHatch() const {
  switch (Cat) {
  case Category::DeadIntentHandler:
  case Category::DynamicIntentType:
  case Category::PayloadModel:
  case Category::UnhandledIntent:
  case Category::UntypedPayload:
    return false; // Contracts and intent types: not per function.
  default:
    break;
  }
  // In the entry point itself, the hatch would silence the whole reducer.
  return Message.empty() && !Anchored && !Chain.empty() &&
         EntryRole != EntryKind::None;
}

} // namespace onex
