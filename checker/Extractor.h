//===- Extractor.h - From a translation unit's AST to function summaries --===//
//
// Extraction is lazy: it starts at the entry points the translation unit
// defines and summarises exactly the functions they can reach, each once.
// Function bodies are scanned by BodyScanner; this class owns the worklist,
// the USR-keyed ids and the per-function facts (role, body, overrides).
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_EXTRACTOR_H
#define ONEX_CHECKER_EXTRACTOR_H

#include "checker/CallRules.h"
#include "checker/Config.h"
#include "checker/IntentVocabulary.h"
#include "checker/Nolint.h"
#include "checker/Roles.h"
#include "checker/Summary.h"
#include "checker/VariableWrites.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include <deque>

namespace onex {

class Extractor {
public:
  Extractor(clang::ASTContext &Ctx, const EngineConfig &Config,
            ProgramSummary &Out);

  /// Finds the entry points in the AST's traversal scope and summarises
  /// everything they reach.
  void extractFromEntries();

  /// Summarises every function defined in user code (not only what entry
  /// points reach), for whole-program analysis: a reducer in another
  /// translation unit may call any of them.
  void extractAllDefinitions();

  /// Also scans the bodies of ONEX_ALLOW_IMPURE functions, so their
  /// operations can be reported as suppressed.
  void setScanEscapeHatches(bool Scan) { ScanEscapeHatches = Scan; }

  /// The id of FD's summary, creating it (and queueing its body) on first
  /// use.
  FunctionId idFor(const clang::FunctionDecl *FD);

  /// Queues every overrider of MD visible in the translation unit, so that
  /// a virtual call can be resolved to them.
  void includeOverriders(const clang::CXXMethodDecl *MD);

  clang::ASTContext &context() { return Ctx; }
  const EngineConfig &config() const { return Config; }
  RoleClassifier &roles() { return Roles; }
  CallRules &rules() { return Rules; }
  const IntentVocabulary &intents() const { return Intents; }
  /// The summary of a function idFor gave (not the one being scanned).
  const FunctionSummary &summary(FunctionId Id) const { return Out[Id]; }
  const clang::SourceManager &sourceManager() const {
    return Ctx.getSourceManager();
  }
  NolintIndex &nolint() { return Nolint; }
  VariableWrites &variableWrites() { return Writes; }
  /// The key of an external-linkage variable, as other units name it.
  std::string variableUSR(const clang::VarDecl *VD) const;
  /// Records in the summary the external-linkage variables of user code
  /// that this unit may modify (whole-program extraction).
  void noteModifiedVariables();

  /// Where an operation or call is: its Location with the NOLINT comments
  /// covering it.
  Location siteLocation(clang::SourceLocation L);

  /// Number of function bodies scanned, for statistics.
  unsigned scannedBodies() const { return Scanned; }

private:
  /// The summary key of FD: Clang's USR, made unique where Clang's is not
  /// (lambdas, internal linkage).
  std::string usrFor(const clang::FunctionDecl *FD) const;
  void drain();
  void extractDefinitions(bool EntriesOnly);
  void buildOverriderIndex();

  clang::ASTContext &Ctx;
  const EngineConfig &Config;
  ProgramSummary &Out;
  std::string UnitKey; // The main file's path.
  RoleClassifier Roles;
  CallRules Rules;
  IntentVocabulary Intents;
  NolintIndex Nolint;
  VariableWrites Writes;
  llvm::DenseMap<const clang::FunctionDecl *, FunctionId> Ids;
  std::deque<std::pair<const clang::FunctionDecl *, FunctionId>> Pending;
  bool OverridersIndexed = false;
  bool ScanEscapeHatches = false;
  llvm::DenseMap<const clang::CXXMethodDecl *,
                 llvm::SmallVector<const clang::CXXMethodDecl *, 2>>
      Overriders;
  unsigned Scanned = 0;
};

} // namespace onex

#endif // ONEX_CHECKER_EXTRACTOR_H
