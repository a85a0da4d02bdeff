//===- BuildPrograms.cpp --------------------------------------------------===//
//
// Reads the parts of CMake's file API reply (cmake-file-api(7), codemodel
// version 2) that say what a program links: the index names the codemodel
// file, the codemodel lists the targets of the first configuration, and
// each target file gives its type, its compiled sources and its
// dependencies.
//
//===----------------------------------------------------------------------===//

#include "BuildPrograms.h"
#include "frontend/Paths.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace onex::tool {

namespace {

llvm::Error fail(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Message.str().c_str());
}

struct ReplyObject {
  std::string Kind;
  std::string JsonFile;
  unsigned Major = 0;
};

bool fromJSON(const llvm::json::Value &V, ReplyObject &O, llvm::json::Path P) {
  llvm::json::ObjectMapper M(V, P);
  if (!M || !M.map("kind", O.Kind) || !M.mapOptional("jsonFile", O.JsonFile))
    return false;
  const llvm::json::Object *Version = V.getAsObject()->getObject("version");
  if (Version)
    O.Major = Version->getInteger("major").value_or(0);
  return true;
}

struct TargetRef {
  std::string Name, Id, JsonFile;
};

bool fromJSON(const llvm::json::Value &V, TargetRef &T, llvm::json::Path P) {
  llvm::json::ObjectMapper M(V, P);
  return M && M.map("name", T.Name) && M.map("id", T.Id) &&
         M.map("jsonFile", T.JsonFile);
}

struct TargetSource {
  std::string Path;
  std::optional<unsigned> CompileGroup;
};

bool fromJSON(const llvm::json::Value &V, TargetSource &S, llvm::json::Path P) {
  llvm::json::ObjectMapper M(V, P);
  return M && M.map("path", S.Path) &&
         M.mapOptional("compileGroupIndex", S.CompileGroup);
}

struct Dependency {
  std::string Id;
};

bool fromJSON(const llvm::json::Value &V, Dependency &D, llvm::json::Path P) {
  llvm::json::ObjectMapper M(V, P);
  return M && M.map("id", D.Id);
}

struct Target {
  std::string Name, Id, Type;
  std::vector<TargetSource> Sources;
  std::vector<Dependency> Dependencies;
};

bool fromJSON(const llvm::json::Value &V, Target &T, llvm::json::Path P) {
  llvm::json::ObjectMapper M(V, P);
  return M && M.map("name", T.Name) && M.map("id", T.Id) &&
         M.map("type", T.Type) && M.mapOptional("sources", T.Sources) &&
         M.mapOptional("dependencies", T.Dependencies);
}

/// Reads and maps one reply file, with errors naming it and the place.
template <typename T>
llvm::Error readReplyFile(
    llvm::StringRef File, T &Out,
    llvm::function_ref<bool(const llvm::json::Value &, T &, llvm::json::Path)>
        Map) {
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return fail("cannot read CMake file API reply '" + File +
                "': " + Buffer.getError().message());
  llvm::Expected<llvm::json::Value> Parsed =
      llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed)
    return fail("malformed CMake file API reply '" + File +
                "': " + llvm::toString(Parsed.takeError()));
  llvm::json::Path::Root Root(llvm::sys::path::filename(File));
  if (!Map(*Parsed, Out, Root))
    return fail("malformed CMake file API reply '" + File +
                "': " + llvm::toString(Root.getError()));
  return llvm::Error::success();
}

/// The newest index file of the reply directory, or "" if there is none.
std::string newestIndex(llvm::StringRef ReplyDir) {
  std::string Newest;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(ReplyDir, EC), End;
       !EC && It != End; It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    // Index names carry a timestamp, so the greatest name is the newest.
    if (Name.starts_with("index-") && Name.ends_with(".json") &&
        It->path() > Newest)
      Newest = It->path();
  }
  return Newest;
}

struct Codemodel {
  std::string SourceDir;
  std::vector<TargetRef> Targets;
};

/// One configuration of the codemodel: its targets.
bool mapConfiguration(const llvm::json::Value &V, Codemodel &C,
                      llvm::json::Path P) {
  llvm::json::ObjectMapper M(V, P);
  return M && M.map("targets", C.Targets);
}

bool mapCodemodel(const llvm::json::Value &V, Codemodel &C,
                  llvm::json::Path P) {
  llvm::json::ObjectMapper M(V, P);
  const llvm::json::Object *Paths =
      V.getAsObject() ? V.getAsObject()->getObject("paths") : nullptr;
  if (!M || !Paths || !Paths->getString("source")) {
    P.field("paths").report("expected an object with 'source'");
    return false;
  }
  C.SourceDir = Paths->getString("source")->str();
  const llvm::json::Array *Configurations =
      V.getAsObject()->getArray("configurations");
  if (!Configurations || Configurations->empty()) {
    P.field("configurations").report("expected a non-empty array");
    return false;
  }
  // Multi-configuration generators list one entry per configuration, all
  // with the same targets and sources: the first stands for all.
  return mapConfiguration((*Configurations)[0], C,
                          P.field("configurations").index(0));
}

bool isProgram(llvm::StringRef Type) {
  return Type == "EXECUTABLE" || Type == "SHARED_LIBRARY" ||
         Type == "MODULE_LIBRARY";
}

bool isLibrary(llvm::StringRef Type) {
  return Type == "STATIC_LIBRARY" || Type == "OBJECT_LIBRARY";
}

/// The compiled sources of Root and of everything it depends on.
std::vector<std::string>
linkedSources(const Target &Root, const llvm::StringMap<const Target *> &ById,
              llvm::StringRef SourceDir) {
  std::vector<std::string> Sources;
  llvm::StringSet<> Seen{Root.Id};
  std::vector<const Target *> Work{&Root};
  while (!Work.empty()) {
    const Target *T = Work.back();
    Work.pop_back();
    for (const TargetSource &S : T->Sources)
      if (S.CompileGroup)
        Sources.push_back(absolutePath(S.Path, SourceDir));
    for (const Dependency &D : T->Dependencies)
      if (const Target *Dep = ById.lookup(D.Id);
          Dep && Seen.insert(D.Id).second)
        Work.push_back(Dep);
  }
  llvm::sort(Sources);
  Sources.erase(std::unique(Sources.begin(), Sources.end()), Sources.end());
  return Sources;
}

} // namespace

std::string codemodelQueryPath(llvm::StringRef BuildDirectory) {
  llvm::SmallString<256> Path(BuildDirectory);
  llvm::sys::path::append(Path, ".cmake", "api", "v1", "query");
  llvm::sys::path::append(Path, "codemodel-v2");
  return std::string(Path);
}

llvm::Expected<std::optional<std::vector<BuildProgram>>>
readCMakePrograms(llvm::StringRef BuildDirectory) {
  llvm::SmallString<256> ReplyDir(BuildDirectory);
  llvm::sys::path::append(ReplyDir, ".cmake", "api", "v1", "reply");
  std::string Index = newestIndex(ReplyDir);
  if (Index.empty())
    return std::nullopt;
  auto InReply = [&](llvm::StringRef Name) {
    llvm::SmallString<256> Path(ReplyDir);
    llvm::sys::path::append(Path, Name);
    return std::string(Path);
  };

  std::vector<ReplyObject> Objects;
  if (llvm::Error E = readReplyFile<std::vector<ReplyObject>>(
          Index, Objects,
          [](const llvm::json::Value &V, std::vector<ReplyObject> &O,
             llvm::json::Path P) {
            llvm::json::ObjectMapper M(V, P);
            return M && M.map("objects", O);
          }))
    return std::move(E);
  auto Model = llvm::find_if(Objects, [](const ReplyObject &O) {
    return O.Kind == "codemodel" && O.Major == 2 && !O.JsonFile.empty();
  });
  if (Model == Objects.end())
    return std::nullopt; // Another client's reply: no codemodel was asked.

  Codemodel Code;
  if (llvm::Error E = readReplyFile<Codemodel>(InReply(Model->JsonFile), Code,
                                               mapCodemodel))
    return std::move(E);
  std::vector<Target> Targets(Code.Targets.size());
  for (size_t I = 0; I < Code.Targets.size(); ++I)
    if (llvm::Error E = readReplyFile<Target>(
            InReply(Code.Targets[I].JsonFile), Targets[I],
            [](const llvm::json::Value &V, Target &T, llvm::json::Path P) {
              return fromJSON(V, T, P);
            }))
      return std::move(E);

  llvm::StringMap<const Target *> ById;
  for (const Target &T : Targets)
    ById[T.Id] = &T;
  std::vector<BuildProgram> Programs;
  llvm::StringSet<> Linked; // Sources some program links.
  for (const Target &T : Targets)
    if (isProgram(T.Type)) {
      Programs.push_back({T.Name, linkedSources(T, ById, Code.SourceDir)});
      for (const std::string &S : Programs.back().Sources)
        Linked.insert(S);
    }
  // A library no program links is checked as a program of its own.
  for (const Target &T : Targets)
    if (isLibrary(T.Type)) {
      std::vector<std::string> Sources = linkedSources(T, ById, Code.SourceDir);
      if (llvm::any_of(Sources, [&](const std::string &S) {
            return !Linked.contains(S);
          }))
        Programs.push_back({T.Name, std::move(Sources)});
    }
  llvm::sort(Programs, [](const BuildProgram &A, const BuildProgram &B) {
    return A.Name < B.Name;
  });
  return Programs;
}

std::vector<std::vector<size_t>>
groupUnitsByProgram(const std::vector<std::string> &Units,
                    const std::vector<BuildProgram> &Programs) {
  std::vector<std::vector<size_t>> Groups;
  std::vector<bool> Placed(Units.size(), false);
  for (const BuildProgram &Program : Programs) {
    std::vector<size_t> Group;
    for (size_t I = 0; I < Units.size(); ++I)
      if (std::binary_search(Program.Sources.begin(), Program.Sources.end(),
                             Units[I])) {
        Group.push_back(I);
        Placed[I] = true;
      }
    if (!Group.empty())
      Groups.push_back(std::move(Group));
  }
  std::vector<size_t> Rest;
  for (size_t I = 0; I < Units.size(); ++I)
    if (!Placed[I])
      Rest.push_back(I);
  if (!Rest.empty())
    Groups.push_back(std::move(Rest));
  return Groups;
}

} // namespace onex::tool
