//===- SummaryIO.cpp ------------------------------------------------------===//
//
// Layout (JSON, one object):
//   {"format":"onex-summary","version":1,"main":"/abs/a.cpp",
//    "files":["/abs/a.cpp",...],
//    "functions":[{"usr":..,"name":..,"short":..,"entry":0|1|2,
//                  "flags":"BESTH","allow":"reason","decl":LOC,
//                  "ops":[[check,what,reason,LOC],...],
//                  "calls":[[callee-index,LOC,virtual],...],
//                  "overrides":[usr,...]},...],
//    "findings":[{"check":..,"what":..,"reason":..,"entry":..,
//                 "entryKind":0|1|2,"at":LOC,"notes":[[LOC,text],...]},...]}
// where LOC is [file-index,line,column,in-system-header] and file-index -1
// means "no file"; a location covered by NOLINT comments has a fifth
// element, [[checks-mask,justification,file-index,line,column],...].
// Files are interned: paths repeat on every location.
//
//===----------------------------------------------------------------------===//

#include "checker/SummaryIO.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace onex {

namespace {

/// What a summary file holds, without owning it: a unit, or a linked
/// program written as an index (no main file, no local findings).
struct SummaryView {
  llvm::StringRef MainFile;
  const ProgramSummary &Program;
  llvm::ArrayRef<Finding> LocalFindings;
};

/// Calls Visit on every location of a unit: what the writer interns and
/// what makePathsAbsolute rewrites.
template <typename UnitT, typename VisitT>
void forEachLocation(UnitT &Unit, VisitT Visit) {
  for (auto &S : Unit.Program.functions()) {
    Visit(S.Decl);
    for (auto &Op : S.Ops)
      Visit(Op.Where);
    for (auto &C : S.Calls)
      Visit(C.Where);
  }
  for (auto &F : Unit.LocalFindings) {
    Visit(F.Primary);
    for (auto &Note : F.Notes)
      Visit(Note.first);
  }
}

class Writer {
public:
  explicit Writer(llvm::raw_ostream &OS) : J(OS) {}

  void write(const SummaryView &Unit) {
    forEachLocation(Unit, [&](const Location &L) { intern(L); });
    J.object([&] {
      J.attribute("format", "onex-summary");
      J.attribute("version", SummaryFormatVersion);
      J.attribute("main", Unit.MainFile);
      J.attributeArray("files", [&] {
        for (const std::string &F : Files)
          J.value(F);
      });
      J.attributeArray("functions", [&] {
        for (const FunctionSummary &S : Unit.Program.functions())
          function(S);
      });
      J.attributeArray("findings", [&] {
        for (const Finding &F : Unit.LocalFindings)
          finding(F);
      });
    });
  }

private:
  void intern(llvm::StringRef File) {
    if (!File.empty() && FileIndex.try_emplace(File, Files.size()).second)
      Files.push_back(File.str());
  }

  void intern(const Location &L) {
    intern(L.File);
    for (const Waiver &W : L.Waivers)
      intern(W.File);
  }

  int64_t fileIndex(llvm::StringRef File) const {
    return File.empty() ? -1 : int64_t(FileIndex.lookup(File));
  }

  void location(const Location &L) {
    J.array([&] {
      J.value(fileIndex(L.File));
      J.value(L.Line);
      J.value(L.Column);
      J.value(L.InSystemHeader);
      if (!L.Waivers.empty())
        J.array([&] {
          for (const Waiver &W : L.Waivers)
            J.array([&] {
              J.value(int64_t(W.Checks));
              J.value(W.Justification);
              J.value(fileIndex(W.File));
              J.value(W.Line);
              J.value(W.Column);
            });
        });
    });
  }

  static std::string flags(const FunctionSummary &S) {
    std::string Flags;
    if (S.HasBody)
      Flags += 'B';
    if (S.IsEffect)
      Flags += 'E';
    if (S.DeclaredInSystemHeader)
      Flags += 'S';
    if (S.TrustedPure)
      Flags += 'T';
    if (S.AllowImpure)
      Flags += 'H';
    return Flags;
  }

  void function(const FunctionSummary &S) {
    J.object([&] {
      J.attribute("usr", S.USR);
      J.attribute("name", S.QualifiedName);
      J.attribute("short", S.ShortName);
      J.attribute("entry", static_cast<int64_t>(S.Entry));
      J.attribute("flags", flags(S));
      if (S.AllowImpure)
        J.attribute("allow", S.AllowReason);
      J.attributeBegin("decl");
      location(S.Decl);
      J.attributeEnd();
      J.attributeArray("ops", [&] {
        for (const Operation &Op : S.Ops)
          J.array([&] {
            J.value(checkNameFor(Op.Cat));
            J.value(Op.What);
            J.value(Op.Reason);
            location(Op.Where);
          });
      });
      J.attributeArray("calls", [&] {
        for (const CallSite &C : S.Calls)
          J.array([&] {
            J.value(C.Callee);
            location(C.Where);
            J.value(C.Virtual);
          });
      });
      if (!S.Overrides.empty())
        J.attributeArray("overrides", [&] {
          for (const std::string &O : S.Overrides)
            J.value(O);
        });
    });
  }

  void finding(const Finding &F) {
    J.object([&] {
      J.attribute("check", F.checkName());
      J.attribute("what", F.What);
      J.attribute("reason", F.Reason);
      J.attribute("entry", F.Entry);
      J.attribute("entryKind", static_cast<int64_t>(F.EntryKind));
      J.attributeBegin("at");
      location(F.Primary);
      J.attributeEnd();
      J.attributeArray("notes", [&] {
        for (const auto &[Where, Text] : F.Notes)
          J.array([&] {
            location(Where);
            J.value(Text);
          });
      });
    });
  }

  llvm::json::OStream J;
  std::vector<std::string> Files;
  llvm::StringMap<size_t> FileIndex;
};

std::string writeView(const SummaryView &View) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  Writer(OS).write(View);
  OS << "\n";
  return Text;
}

/// Reads one summary; the first malformed part ends the read with an error
/// that says where in the document it is.
class Reader {
public:
  Reader(llvm::StringRef Path) : Path(Path) {}

  llvm::Expected<UnitSummary> read(llvm::StringRef Text) {
    llvm::Expected<llvm::json::Value> Doc = llvm::json::parse(Text);
    if (!Doc)
      return fail("not a summary file: " + llvm::toString(Doc.takeError()));
    const llvm::json::Object *Root = Doc->getAsObject();
    if (!Root || Root->getString("format") != "onex-summary")
      return fail("not an onex-purity summary file");
    if (Root->getInteger("version") != int64_t(SummaryFormatVersion))
      return fail("summary format version " +
                  std::to_string(Root->getInteger("version").value_or(0)) +
                  " is not supported (this tool reads version " +
                  std::to_string(SummaryFormatVersion) + "); extract it again");
    UnitSummary Unit;
    Unit.MainFile = Root->getString("main").value_or("").str();
    if (const llvm::json::Array *Fs = Root->getArray("files"))
      for (const llvm::json::Value &F : *Fs)
        Files.push_back(F.getAsString().value_or("").str());
    const llvm::json::Array *Functions = Root->getArray("functions");
    const llvm::json::Array *Findings = Root->getArray("findings");
    if (!Functions || !Findings)
      return fail("missing 'functions' or 'findings'");
    for (const llvm::json::Value &V : *Functions)
      if (!function(V, Unit.Program))
        return fail("malformed function #" +
                    std::to_string(Unit.Program.size()));
    for (const llvm::json::Value &V : *Findings) {
      Finding F;
      if (!finding(V, F))
        return fail("malformed finding #" +
                    std::to_string(Unit.LocalFindings.size()));
      Unit.LocalFindings.push_back(std::move(F));
    }
    for (const FunctionSummary &S : Unit.Program.functions())
      for (const CallSite &C : S.Calls)
        if (C.Callee >= Unit.Program.size())
          return fail("call to unknown function #" + std::to_string(C.Callee));
    return Unit;
  }

private:
  llvm::Error fail(const std::string &Message) const {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   Path + ": " + Message);
  }

  bool file(const llvm::json::Value &V, std::string &Out) const {
    int64_t File = V.getAsInteger().value_or(-2);
    if (File < -1 || File >= int64_t(Files.size()))
      return false;
    if (File >= 0)
      Out = Files[File];
    return true;
  }

  bool location(const llvm::json::Value *V, Location &L) const {
    const llvm::json::Array *A = V ? V->getAsArray() : nullptr;
    if (!A || (A->size() != 4 && A->size() != 5) || !file((*A)[0], L.File))
      return false;
    L.Line = (*A)[1].getAsInteger().value_or(0);
    L.Column = (*A)[2].getAsInteger().value_or(0);
    L.InSystemHeader = (*A)[3].getAsBoolean().value_or(false);
    if (A->size() == 4)
      return true;
    // [[checks-mask, justification, file, line, column], ...]
    return eachTuple((*A)[4].getAsArray(), 5, [&](const llvm::json::Array &W) {
      Waiver &Out = L.Waivers.emplace_back();
      Out.Checks = W[0].getAsInteger().value_or(0);
      Out.Justification = text(W[1]);
      Out.Line = W[3].getAsInteger().value_or(0);
      Out.Column = W[4].getAsInteger().value_or(0);
      return file(W[2], Out.File);
    });
  }

  static std::optional<Category> category(const llvm::json::Value &V) {
    auto Name = V.getAsString();
    return Name ? categoryForCheck(*Name) : std::nullopt;
  }

  static std::string text(const llvm::json::Value &V) {
    return V.getAsString().value_or("").str();
  }

  /// Parses each element of List (absent: none) as an array of Size values;
  /// false at the first malformed one.
  template <typename ParseT>
  static bool eachTuple(const llvm::json::Array *List, size_t Size,
                        ParseT Parse) {
    if (!List)
      return true;
    for (const llvm::json::Value &V : *List) {
      const llvm::json::Array *A = V.getAsArray();
      if (!A || A->size() != Size || !Parse(*A))
        return false;
    }
    return true;
  }

  /// [check, what, reason, LOC]
  bool operation(const llvm::json::Array &A, Operation &Op) const {
    std::optional<Category> Cat = category(A[0]);
    if (!Cat || !location(&A[3], Op.Where))
      return false;
    Op.Cat = *Cat;
    Op.What = text(A[1]);
    Op.Reason = text(A[2]);
    return true;
  }

  /// [callee-index, LOC, virtual]
  bool callSite(const llvm::json::Array &A, CallSite &C) const {
    std::optional<int64_t> Callee = A[0].getAsInteger();
    if (!Callee || *Callee < 0 || !location(&A[1], C.Where))
      return false;
    C.Callee = *Callee;
    C.Virtual = A[2].getAsBoolean().value_or(false);
    return true;
  }

  bool function(const llvm::json::Value &V, ProgramSummary &Program) const {
    const llvm::json::Object *O = V.getAsObject();
    if (!O)
      return false;
    bool Created = false;
    FunctionSummary &S =
        Program[Program.getOrCreate(O->getString("usr").value_or(""), Created)];
    if (!Created)
      return false; // Duplicate USR within one unit.
    S.USR = O->getString("usr").value_or("").str();
    S.QualifiedName = O->getString("name").value_or("").str();
    S.ShortName = O->getString("short").value_or("").str();
    int64_t Entry = O->getInteger("entry").value_or(-1);
    if (Entry < 0 || Entry > int64_t(EntryKind::PureFunction))
      return false;
    S.Entry = static_cast<EntryKind>(Entry);
    llvm::StringRef Flags = O->getString("flags").value_or("");
    S.HasBody = Flags.contains('B');
    S.IsEffect = Flags.contains('E');
    S.DeclaredInSystemHeader = Flags.contains('S');
    S.TrustedPure = Flags.contains('T');
    S.AllowImpure = Flags.contains('H');
    S.AllowReason = O->getString("allow").value_or("").str();
    if (!location(O->get("decl"), S.Decl))
      return false;
    bool WellFormed =
        eachTuple(O->getArray("ops"), 4,
                  [&](const llvm::json::Array &A) {
                    return operation(A, S.Ops.emplace_back());
                  }) &&
        eachTuple(O->getArray("calls"), 3, [&](const llvm::json::Array &A) {
          return callSite(A, S.Calls.emplace_back());
        });
    if (!WellFormed)
      return false;
    if (const llvm::json::Array *Overrides = O->getArray("overrides"))
      for (const llvm::json::Value &U : *Overrides)
        S.Overrides.push_back(text(U));
    return true;
  }

  bool finding(const llvm::json::Value &V, Finding &F) const {
    const llvm::json::Object *O = V.getAsObject();
    if (!O)
      return false;
    std::optional<Category> Cat =
        categoryForCheck(O->getString("check").value_or(""));
    int64_t Kind = O->getInteger("entryKind").value_or(-1);
    if (!Cat || Kind < 0 || Kind > int64_t(EntryKind::PureFunction) ||
        !location(O->get("at"), F.Primary))
      return false;
    F.Cat = *Cat;
    F.EntryKind = static_cast<EntryKind>(Kind);
    F.What = O->getString("what").value_or("").str();
    F.Reason = O->getString("reason").value_or("").str();
    F.Entry = O->getString("entry").value_or("").str();
    // [LOC, text]
    return eachTuple(O->getArray("notes"), 2, [&](const llvm::json::Array &A) {
      auto &[Where, Text] = F.Notes.emplace_back();
      Text = text(A[1]);
      return location(&A[0], Where);
    });
  }

  std::string Path;
  std::vector<std::string> Files;
};

} // namespace

std::string writeUnitSummary(const UnitSummary &Unit) {
  return writeView({Unit.MainFile, Unit.Program, Unit.LocalFindings});
}

std::string writeSummaryIndex(const ProgramSummary &Program) {
  return writeView({"<index>", Program, {}});
}

llvm::Expected<UnitSummary> readUnitSummary(llvm::StringRef Text,
                                            llvm::StringRef Path) {
  return Reader(Path).read(Text);
}

void forEachFileName(UnitSummary &Unit,
                     llvm::function_ref<void(std::string &)> Visit) {
  Visit(Unit.MainFile);
  forEachLocation(Unit, [&](Location &L) {
    Visit(L.File);
    for (Waiver &W : L.Waivers)
      Visit(W.File);
  });
}

} // namespace onex
