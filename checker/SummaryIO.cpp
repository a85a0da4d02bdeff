//===- SummaryIO.cpp ------------------------------------------------------===//
//
// Layout (JSON, one object):
//   {"format":"onex-summary","version":1,"main":"/abs/a.cpp",
//    "files":["/abs/a.cpp",...],
//    "functions":[{"usr":..,"name":..,"short":..,"entry":0|1|2,
//                  "flags":"BEPXSTHOA" (FunctionFlags),"allow":"reason",
//                  "decl":LOC,
//                  "ops":[[check,what,reason,LOC,variable-usr],...],
//                  "calls":[[callee-index,LOC,virtual,[[from,to],...],
//                            [FUNCTION-ARG,...],once],...],
//                  "writes":[[param,what,LOC],...],"params":[name,...],
//                  "overrides":[usr,...],
//                  "emits"|"handles":[[model,type,spelling,LOC],...]
//                    (or [..., LOC,bundle,field,param,forward-usr,
//                    forward-param] when any of these is set)},...],
//    "modifies":[variable-usr,...],
//    "findings":[{"check":..,"what":..,"reason":..,"entry":..,
//                 "entryKind":0|1|2,"at":LOC,"notes":[[LOC,text],...],
//                 "message":.., "fixes":[[LOC,insertion],...]},...]}
// (message and fixes only when set)
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

/// The boolean facts of a function summary, one letter each in "flags".
struct FunctionFlag {
  char Letter;
  bool FunctionSummary::*Field;
};
constexpr FunctionFlag FunctionFlags[] = {
    {'B', &FunctionSummary::HasBody},
    {'E', &FunctionSummary::IsEffect},
    {'P', &FunctionSummary::IsPublisher},
    {'X', &FunctionSummary::IsExecutor},
    {'S', &FunctionSummary::DeclaredInSystemHeader},
    {'T', &FunctionSummary::TrustedPure},
    {'H', &FunctionSummary::AllowImpure},
    {'O', &FunctionSummary::BuildsObject},
    {'A', &FunctionSummary::IsAllocator},
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
    for (auto &W : S.ParamWrites)
      Visit(W.Where);
    for (auto &C : S.ParamCalls)
      Visit(C.Where);
    for (auto &I : S.Emits)
      Visit(I.Where);
    for (auto &I : S.Handles)
      Visit(I.Where);
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
      J.attributeArray("modifies", [&] {
        std::vector<llvm::StringRef> Sorted;
        for (const auto &V : Unit.Program.modifiedVariables())
          Sorted.push_back(V.getKey());
        llvm::sort(Sorted);
        for (llvm::StringRef V : Sorted)
          J.value(V);
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
    for (const FunctionFlag &F : FunctionFlags)
      if (S.*F.Field)
        Flags += F.Letter;
    return Flags;
  }

  void function(const FunctionSummary &S) {
    J.object([&] {
      J.attribute("usr", S.USR);
      J.attribute("name", S.QualifiedName);
      J.attribute("short", S.ShortName);
      if (!S.Class.empty())
        J.attribute("class", S.Class);
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
            J.value(Op.Variable);
          });
      });
      J.attributeArray("calls", [&] {
        for (const CallSite &C : S.Calls)
          J.array([&] {
            J.value(C.Callee);
            location(C.Where);
            J.value(C.Virtual);
            J.array([&] {
              for (const ArgBinding &B : C.Args)
                J.array([&] {
                  J.value(B.Caller);
                  J.value(B.Callee);
                });
            });
            J.array([&] {
              for (const FunctionArg &A : C.FunctionArgs)
                J.array([&] {
                  J.value(A.Callee);
                  J.value(A.Value);
                  J.value(A.RuleCat == Category::Pure ? "pure"
                          : isReported(A.RuleCat)     ? checkNameFor(A.RuleCat)
                                                      : "");
                  J.value(A.What);
                  J.value(A.Reason);
                });
            });
            J.value(C.Bookkeeping);
          });
      });
      if (!S.ParamCalls.empty())
        J.attributeArray("invokes", [&] {
          for (const ParamCall &C : S.ParamCalls)
            J.array([&] {
              J.value(C.Param);
              location(C.Where);
            });
        });
      if (!S.ParamWrites.empty())
        J.attributeArray("writes", [&] {
          for (const ParamWrite &W : S.ParamWrites)
            J.array([&] {
              J.value(W.Param);
              J.value(W.What);
              location(W.Where);
            });
        });
      if (!S.ParamNames.empty())
        J.attributeArray("params", [&] {
          for (const std::string &Name : S.ParamNames)
            J.value(Name);
        });
      if (!S.Overrides.empty())
        J.attributeArray("overrides", [&] {
          for (const std::string &O : S.Overrides)
            J.value(O);
        });
      intentSites("emits", S.Emits);
      intentSites("handles", S.Handles);
    });
  }

  /// [[model, type, spelling, LOC], ...]
  void intentSites(llvm::StringRef Key, llvm::ArrayRef<IntentSite> Sites) {
    if (Sites.empty())
      return;
    J.attributeArray(Key, [&] {
      for (const IntentSite &I : Sites)
        J.array([&] {
          J.value(I.Intent.Model);
          J.value(I.Intent.Type);
          J.value(I.Intent.Spelling);
          location(I.Where);
          if (!I.hasExtras())
            return;
          J.value(I.Bundle);
          J.value(I.Field);
          J.value(I.Param == IntentSite::AnyParam ? int64_t(-1)
                                                  : int64_t(I.Param));
          J.value(I.ForwardTo);
          J.value(int64_t(I.ForwardParam));
        });
    });
  }

  void finding(const Finding &F) {
    J.object([&] {
      J.attribute("check", F.checkName());
      J.attribute("what", F.What);
      J.attribute("reason", F.Reason);
      J.attribute("entry", F.Entry);
      J.attribute("entryKind", static_cast<int64_t>(F.EntryRole));
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
      if (!F.Message.empty())
        J.attribute("message", F.Message);
      if (!F.Fixes.empty())
        J.attributeArray("fixes", [&] {
          for (const FixIt &Fix : F.Fixes)
            J.array([&] {
              location(Fix.Where);
              J.value(Fix.Insert);
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

/// Reads one summary with llvm::json's ObjectMapper; the first malformed
/// part ends the read with an error that names the file and the place in
/// the document ("summary.functions[3].calls[0][1]: expected integer").
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
    llvm::json::Path::Root Top("summary");
    UnitSummary Unit;
    if (!unit(*Doc, Unit, Top))
      return fail(llvm::toString(Top.getError()));
    return Unit;
  }

private:
  using Value = llvm::json::Value;
  using Array = llvm::json::Array;
  using JPath = llvm::json::Path;

  /// Lines and columns beyond these are damage, not source.
  static constexpr int64_t MaxLine = 1 << 24, MaxColumn = 1 << 20,
                           MaxParam = 1 << 16;

  llvm::Error fail(const std::string &Message) const {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   Path + ": " + Message);
  }

  /// A JSON array of exactly Size elements.
  static const Array *tuple(const Value &V, size_t Size, JPath P) {
    const Array *A = V.getAsArray();
    if (!A || A->size() != Size) {
      P.report("expected an array of the right length");
      return nullptr;
    }
    return A;
  }

  static bool integer(const Value &V, int64_t Min, int64_t Max, int64_t &Out,
                      JPath P) {
    std::optional<int64_t> I = V.getAsInteger();
    if (!I || *I < Min || *I > Max) {
      P.report("expected an integer in range");
      return false;
    }
    Out = *I;
    return true;
  }

  template <typename T>
  static bool number(const Value &V, int64_t Min, int64_t Max, T &Out,
                     JPath P) {
    int64_t I = 0;
    if (!integer(V, Min, Max, I, P))
      return false;
    Out = static_cast<T>(I);
    return true;
  }

  bool file(const Value &V, std::string &Out, JPath P) const {
    int64_t Index = 0;
    if (!integer(V, -1, int64_t(Files.size()) - 1, Index, P))
      return false;
    if (Index >= 0)
      Out = Files[Index];
    return true;
  }

  /// [checks-mask, justification, file, line, column]
  bool waiver(const Value &V, Waiver &W, JPath P) const {
    const Array *A = tuple(V, 5, P);
    return A && number((*A)[0], 0, UINT32_MAX, W.Checks, P.index(0)) &&
           fromJSON((*A)[1], W.Justification, P.index(1)) &&
           file((*A)[2], W.File, P.index(2)) &&
           number((*A)[3], 0, MaxLine, W.Line, P.index(3)) &&
           number((*A)[4], 0, MaxColumn, W.Column, P.index(4));
  }

  /// [file, line, column, in-system-header] or the same plus [waiver...]
  bool location(const Value &V, Location &L, JPath P) const {
    const Array *A = V.getAsArray();
    if (!A || (A->size() != 4 && A->size() != 5)) {
      P.report("expected a location");
      return false;
    }
    if (!file((*A)[0], L.File, P.index(0)) ||
        !number((*A)[1], 0, MaxLine, L.Line, P.index(1)) ||
        !number((*A)[2], 0, MaxColumn, L.Column, P.index(2)) ||
        !fromJSON((*A)[3], L.InSystemHeader, P.index(3)))
      return false;
    return A->size() == 4 || each((*A)[4], L.Waivers, P.index(4),
                                  [&](const Value &W, Waiver &Out, JPath WP) {
                                    return waiver(W, Out, WP);
                                  });
  }

  /// Parses every element of the array V into Out with Parse.
  template <typename T, typename ParseT>
  static bool each(const Value &V, std::vector<T> &Out, JPath P, ParseT Parse) {
    const Array *A = V.getAsArray();
    if (!A) {
      P.report("expected an array");
      return false;
    }
    for (size_t I = 0; I < A->size(); ++I)
      if (!Parse((*A)[I], Out.emplace_back(), P.index(I)))
        return false;
    return true;
  }

  /// The array at Key of O, if present (absent means empty).
  template <typename T, typename ParseT>
  static bool eachOptional(const llvm::json::Object &O, llvm::StringRef Key,
                           std::vector<T> &Out, JPath P, ParseT Parse) {
    const Value *V = O.get(Key);
    return !V || each(*V, Out, P.field(Key), Parse);
  }

  static bool category(const Value &V, Category &Out, JPath P) {
    std::optional<llvm::StringRef> Name = V.getAsString();
    std::optional<Category> Cat = Name ? categoryForCheck(*Name) : std::nullopt;
    if (!Cat) {
      P.report("expected a check name");
      return false;
    }
    Out = *Cat;
    return true;
  }

  /// [check, what, reason, LOC, variable-usr]
  bool operation(const Value &V, Operation &Op, JPath P) const {
    const Array *A = tuple(V, 5, P);
    return A && category((*A)[0], Op.Cat, P.index(0)) &&
           fromJSON((*A)[1], Op.What, P.index(1)) &&
           fromJSON((*A)[2], Op.Reason, P.index(2)) &&
           location((*A)[3], Op.Where, P.index(3)) &&
           fromJSON((*A)[4], Op.Variable, P.index(4));
  }

  /// [callee-index, LOC, virtual, [ARG-BINDING...], [FUNCTION-ARG...],
  /// once]; the indexes are checked once all functions are known.
  bool callSite(const Value &V, CallSite &C, JPath P) const {
    const Array *A = tuple(V, 6, P);
    return A && number((*A)[0], 0, UINT32_MAX, C.Callee, P.index(0)) &&
           location((*A)[1], C.Where, P.index(1)) &&
           fromJSON((*A)[2], C.Virtual, P.index(2)) &&
           each((*A)[3], C.Args, P.index(3), argBinding) &&
           each((*A)[4], C.FunctionArgs, P.index(4), functionArg) &&
           fromJSON((*A)[5], C.Bookkeeping, P.index(5));
  }

  /// ARG-BINDING: [caller-param, callee-param]
  static bool argBinding(const Value &V, ArgBinding &B, JPath P) {
    const Array *A = tuple(V, 2, P);
    return A && number((*A)[0], 0, MaxParam, B.Caller, P.index(0)) &&
           number((*A)[1], 0, MaxParam, B.Callee, P.index(1));
  }

  /// FUNCTION-ARG: [callee-param, function-index, check|"pure"|"", what,
  /// reason]
  static bool functionArg(const Value &V, FunctionArg &F, JPath P) {
    const Array *A = tuple(V, 5, P);
    return A && number((*A)[0], 0, MaxParam, F.Callee, P.index(0)) &&
           number((*A)[1], 0, UINT32_MAX, F.Value, P.index(1)) &&
           ruleCategory((*A)[2], F.RuleCat, P.index(2)) &&
           fromJSON((*A)[3], F.What, P.index(3)) &&
           fromJSON((*A)[4], F.Reason, P.index(4));
  }

  /// A check name, "pure", or "" for none.
  static bool ruleCategory(const Value &V, Category &Out, JPath P) {
    std::optional<llvm::StringRef> Name = V.getAsString();
    if (Name && (Name->empty() || *Name == "pure")) {
      Out = Name->empty() ? Category::Unset : Category::Pure;
      return true;
    }
    return category(V, Out, P);
  }

  /// [param, LOC]
  bool paramCall(const Value &V, ParamCall &C, JPath P) const {
    const Array *A = tuple(V, 2, P);
    return A && number((*A)[0], 0, MaxParam, C.Param, P.index(0)) &&
           location((*A)[1], C.Where, P.index(1));
  }

  /// [param, what, LOC]
  bool paramWrite(const Value &V, ParamWrite &W, JPath P) const {
    const Array *A = tuple(V, 3, P);
    return A && number((*A)[0], 0, MaxParam, W.Param, P.index(0)) &&
           fromJSON((*A)[1], W.What, P.index(1)) &&
           location((*A)[2], W.Where, P.index(2));
  }

  static bool entryKind(const Value &V, EntryKind &Out, JPath P) {
    return number(V, 0, int64_t(EntryKind::PureFunction), Out, P);
  }

  bool function(const Value &V, FunctionSummary &S, JPath P) const {
    llvm::json::ObjectMapper O(V, P);
    std::string Flags;
    if (!O || !O.map("usr", S.USR) || !O.map("name", S.QualifiedName) ||
        !O.map("short", S.ShortName) || !O.map("flags", Flags) ||
        !O.mapOptional("allow", S.AllowReason) ||
        !O.mapOptional("class", S.Class) ||
        !O.mapOptional("overrides", S.Overrides) ||
        !O.mapOptional("params", S.ParamNames))
      return false;
    const llvm::json::Object &Obj = *V.getAsObject();
    if (!Obj.get("entry") ||
        !entryKind(*Obj.get("entry"), S.Entry, P.field("entry")))
      return false;
    if (!Obj.get("decl") ||
        !location(*Obj.get("decl"), S.Decl, P.field("decl")))
      return false;
    for (const FunctionFlag &F : FunctionFlags)
      S.*F.Field = llvm::StringRef(Flags).contains(F.Letter);
    return eachOptional(Obj, "ops", S.Ops, P,
                        [&](const Value &E, Operation &Op, JPath EP) {
                          return operation(E, Op, EP);
                        }) &&
           eachOptional(Obj, "calls", S.Calls, P,
                        [&](const Value &E, CallSite &C, JPath EP) {
                          return callSite(E, C, EP);
                        }) &&
           eachOptional(Obj, "writes", S.ParamWrites, P,
                        [&](const Value &E, ParamWrite &W, JPath EP) {
                          return paramWrite(E, W, EP);
                        }) &&
           eachOptional(Obj, "invokes", S.ParamCalls, P,
                        [&](const Value &E, ParamCall &C, JPath EP) {
                          return paramCall(E, C, EP);
                        }) &&
           eachOptional(Obj, "emits", S.Emits, P,
                        [&](const Value &E, IntentSite &I, JPath EP) {
                          return intentSite(E, I, EP);
                        }) &&
           eachOptional(Obj, "handles", S.Handles, P,
                        [&](const Value &E, IntentSite &I, JPath EP) {
                          return intentSite(E, I, EP);
                        });
  }

  /// [model, type, spelling, LOC], then, when any is set, [bundle, field,
  /// param (-1: any), forward-to USR, forward-param].
  bool intentSite(const Value &V, IntentSite &I, JPath P) const {
    const Array *A = V.getAsArray();
    const Array *Short = A && A->size() == 4 ? A : tuple(V, 9, P);
    if (!Short || !fromJSON((*A)[0], I.Intent.Model, P.index(0)) ||
        !fromJSON((*A)[1], I.Intent.Type, P.index(1)) ||
        !fromJSON((*A)[2], I.Intent.Spelling, P.index(2)) ||
        !location((*A)[3], I.Where, P.index(3)))
      return false;
    if (A->size() == 4)
      return true;
    int64_t Param = 0, ForwardParam = 0;
    if (!fromJSON((*A)[4], I.Bundle, P.index(4)) ||
        !fromJSON((*A)[5], I.Field, P.index(5)) ||
        !integer((*A)[6], -1, UINT16_MAX, Param, P.index(6)) ||
        !fromJSON((*A)[7], I.ForwardTo, P.index(7)) ||
        !integer((*A)[8], 0, UINT16_MAX, ForwardParam, P.index(8)))
      return false;
    I.Param = Param < 0 ? IntentSite::AnyParam : unsigned(Param);
    I.ForwardParam = unsigned(ForwardParam);
    return true;
  }

  bool finding(const Value &V, Finding &F, JPath P) const {
    llvm::json::ObjectMapper O(V, P);
    std::string Check;
    if (!O || !O.map("check", Check) || !O.map("what", F.What) ||
        !O.map("reason", F.Reason) || !O.map("entry", F.Entry))
      return false;
    const llvm::json::Object &Obj = *V.getAsObject();
    if (!category(*Obj.get("check"), F.Cat, P.field("check")) ||
        !Obj.get("entryKind") ||
        !entryKind(*Obj.get("entryKind"), F.EntryRole, P.field("entryKind")) ||
        !Obj.get("at") || !location(*Obj.get("at"), F.Primary, P.field("at")))
      return false;
    if (!O.mapOptional("message", F.Message))
      return false;
    // [[LOC, text], ...], for notes and for insertions.
    return eachOptional(Obj, "notes", F.Notes, P,
                        [&](const Value &E,
                            std::pair<Location, std::string> &Note, JPath NP) {
                          return locatedText(E, Note.first, Note.second, NP);
                        }) &&
           eachOptional(Obj, "fixes", F.Fixes, P,
                        [&](const Value &E, FixIt &Fix, JPath FP) {
                          return locatedText(E, Fix.Where, Fix.Insert, FP);
                        });
  }

  bool locatedText(const Value &E, Location &Where, std::string &Text,
                   JPath P) const {
    const Array *A = tuple(E, 2, P);
    return A && location((*A)[0], Where, P.index(0)) &&
           fromJSON((*A)[1], Text, P.index(1));
  }

  bool unit(const Value &Doc, UnitSummary &Unit, JPath P) {
    llvm::json::ObjectMapper O(Doc, P);
    if (!O || !O.map("main", Unit.MainFile) || !O.map("files", Files))
      return false;
    const llvm::json::Object &Obj = *Doc.getAsObject();
    std::vector<FunctionSummary> Functions;
    if (!Obj.get("functions") || !Obj.get("findings")) {
      P.report("missing 'functions' or 'findings'");
      return false;
    }
    if (!each(*Obj.get("functions"), Functions, P.field("functions"),
              [&](const Value &E, FunctionSummary &S, JPath EP) {
                return function(E, S, EP);
              }) ||
        !each(*Obj.get("findings"), Unit.LocalFindings, P.field("findings"),
              [&](const Value &E, Finding &F, JPath EP) {
                return finding(E, F, EP);
              }))
      return false;
    std::vector<std::string> Modifies;
    if (!O.map("modifies", Modifies))
      return false;
    for (const std::string &V : Modifies)
      Unit.Program.noteModifiedVariable(V);
    JPath FP = P.field("functions");
    for (size_t I = 0; I < Functions.size(); ++I) {
      bool Created = false;
      FunctionId Id = Unit.Program.getOrCreate(Functions[I].USR, Created);
      // A linked program (an index) keeps every definition of a symbol
      // that several programs define, one after the other.
      if (!Created) {
        if (!Functions[I].HasBody || !Unit.Program[Id].HasBody) {
          FP.index(I).report("duplicate function USR");
          return false;
        }
        Id = Unit.Program.addDefinition(Id);
      }
      assert(Id == I && "functions are numbered in file order");
      std::vector<FunctionId> Others =
          std::move(Unit.Program[Id].OtherDefinitions);
      Unit.Program[Id] = std::move(Functions[I]);
      Unit.Program[Id].OtherDefinitions = std::move(Others);
    }
    for (size_t I = 0; I < Unit.Program.size(); ++I)
      for (const CallSite &C : Unit.Program[I].Calls)
        if (C.Callee >= Unit.Program.size() ||
            llvm::any_of(C.FunctionArgs, [&](const FunctionArg &A) {
              return A.Value >= Unit.Program.size();
            })) {
          FP.index(I).field("calls").report("call to an unknown function");
          return false;
        }
    return true;
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

void forEachLocationIn(const UnitSummary &Unit,
                       llvm::function_ref<void(const Location &)> Visit) {
  forEachLocation(Unit, Visit);
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
