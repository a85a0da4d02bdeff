//===- Finding.h - One impure operation and how a reducer reaches it ------===//
//
// Findings are the engine's output and every renderer's input (clang-tidy
// diagnostics today; text, SARIF and JSON in the standalone tool). They
// carry everything a message needs, so renderers never look at the AST.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_FINDING_H
#define ONEX_CHECKER_FINDING_H

#include "checker/Summary.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <string>
#include <vector>

namespace onex {

/// One hop of a call chain: Caller calls Callee at Site, passing its
/// parameter Passes (empty: the hop carries no parameter, or the object).
/// When Through is set, Caller passes the function Callee to Through, which
/// calls it.
struct ChainStep {
  std::string Caller;
  std::string Callee;
  Location Site;
  std::string Passes;
  std::string Through;
};

/// Why a finding is not shown: an in-source waiver. Renderers that can
/// carry waivers (SARIF) keep the finding with this attached; the others
/// drop it.
struct Suppression {
  enum KindType { Nolint, AllowImpure } Kind = Nolint;
  std::string Justification; // The reason the source gives; may be empty.
  Location Where;            // The NOLINT comment or the ONEX_ALLOW_IMPURE
                             // function.
  /// Set when the NOLINT is on a call of the chain, not at the operation:
  /// "the call to 'audit' in 'execute'". A suppression on a call covers
  /// what it reaches.
  std::string OnCall;

  /// The justification as a report states it: the source's reason and,
  /// for a NOLINT on a call, that call.
  std::string statedJustification() const;
};

/// A mechanical repair: Insert goes at Where.
struct FixIt {
  Location Where;
  std::string Insert;
};

struct Finding {
  Category Cat = Category::Unset;
  std::string What;   // The operation, e.g. "call to 'fprintf'".
  std::string Reason; // The rule's reason, may be empty.
  std::string Inside; // Set when the operation lies in a system header:
                      // the function the user code called.
  Location Primary;
  std::string Entry;  // Qualified name of the entry point.
  Location EntryDecl; // Where the entry point is defined; may be empty.
  EntryKind EntryRole = EntryKind::Reducer; // None: not about reachability.
  std::vector<ChainStep> Chain; // From the entry to the primary location.
  /// Further notes (location, text), e.g. the fields leading to a type.
  std::vector<std::pair<Location, std::string>> Notes;
  std::optional<Suppression> Suppressed;
  /// When set, the whole message: a finding that suggests a declaration
  /// change rather than reporting an operation (a reducer that could be
  /// const).
  std::string Message;
  /// Edits that repair the finding as it stands; front ends that can apply
  /// them (clang-tidy --fix, clangd's quick fixes) offer them.
  std::vector<FixIt> Fixes;
  /// The primary location is a call on the way, not the operation, which
  /// another unit performs (set by moveToDeepestStep with KeepTrail).
  bool Anchored = false;

  /// The check that reports this finding ("onex-purity-io").
  llvm::StringRef checkName() const { return checkNameFor(Cat); }
  /// The full message, e.g. "call to 'fprintf' performs I/O (stdio);
  /// reachable from reducer 'NodeXReducer::execute'".
  std::string message() const;
  /// The operation and what it does, without where or for whom: "call to
  /// 'fputs' performs I/O (stdio)".
  std::string claim() const;
  /// The operation and, if set, the function it is inside.
  std::string operation() const;
  /// The entry point as the message names it, e.g. "reducer 'app::reduce'".
  std::string entryLabel() const;
  /// A chain note, e.g. "'execute' calls 'log_line' here", or for a hop
  /// that carries a parameter "'apply' passes 'order' to 'add_line' here".
  static std::string noteFor(const ChainStep &Step);
  /// The function the operation is in: the last callee of the chain, or the
  /// entry itself.
  std::string sinkFunction() const;
  /// Two findings with the same key are the same report: one check at one
  /// place (however many reducers, units or operations reach it there),
  /// and for input mutation one parameter.
  std::string identityKey() const;

  /// Moves a finding whose primary location is not user code to where the
  /// user sees it: an operation inside a system header to the deepest call
  /// user code makes on the way, code without a location (what the
  /// compiler wrote) to the deepest located call, else the entry point.
  /// Afterwards the finding has a user-code location (asserted).
  void placeInUserCode();

  /// Marks the finding suppressed, unless it is suppressed already, by
  /// the NOLINT comment for its check that covers its primary location or,
  /// failing that, a call of its chain (the one nearest the entry): a
  /// suppression on a call covers what it reaches.
  void applyWaivers();

  /// Moves the primary location to the deepest step of the chain that
  /// satisfies IsUsable (a call site in user code, or in this unit); the
  /// operation is then "inside" the function that step calls. With
  /// KeepTrail, the steps below it and the operation itself become notes.
  /// Returns false, changing nothing, when no step qualifies.
  bool moveToDeepestStep(llvm::function_ref<bool(const ChainStep &)> IsUsable,
                         bool KeepTrail);

  /// Whether an escape hatch on the function at the primary location is
  /// the right way to accept this finding: an operation that function
  /// performs itself (not an anchored one, not a contract or payload
  /// finding, not a suggestion) and a function other than the entry point.
  bool acceptableByEscapeHatch() const;
};

/// Orders findings by file, line, column, check and operation: the order
/// every renderer shows them in.
void sortFindings(std::vector<Finding> &Findings);

} // namespace onex

#endif // ONEX_CHECKER_FINDING_H
