//===- CompileCommands.cpp ------------------------------------------------===//

#include "CompileCommands.h"
#include "frontend/Paths.h"
#include "clang/Driver/Types.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <tuple>

namespace onex::tool {

using clang::tooling::CompilationDatabase;
using clang::tooling::CompileCommand;

namespace {

llvm::Error fail(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Message.str().c_str());
}

/// Reads File once; llvm::json checks it first so that a truncated file is
/// named with the place it stops (the YAML parser behind
/// JSONCompilationDatabase would print an unnamed "YAML:1:41" instead).
llvm::Expected<std::unique_ptr<CompilationDatabase>>
loadDatabaseFile(llvm::StringRef File) {
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return fail("cannot read compilation database '" + File +
                "': " + Buffer.getError().message());
  llvm::StringRef Text = (*Buffer)->getBuffer();
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
  if (!Parsed)
    return fail("malformed compilation database '" + File +
                "': " + llvm::toString(Parsed.takeError()));
  if (!Parsed->getAsArray())
    return fail("malformed compilation database '" + File +
                "': expected an array of compile commands");
  std::string Message;
  auto DB = clang::tooling::JSONCompilationDatabase::loadFromBuffer(
      Text, Message, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return fail("malformed compilation database '" + File + "': " + Message);
  return std::move(DB);
}

llvm::Expected<std::unique_ptr<CompilationDatabase>>
databaseIn(llvm::StringRef BuildPath) {
  llvm::SmallString<256> File(BuildPath);
  if (!llvm::sys::fs::exists(File))
    return fail("no compilation database: build directory '" + BuildPath +
                "' does not exist");
  if (llvm::sys::fs::is_directory(File))
    llvm::sys::path::append(File, "compile_commands.json");
  if (!llvm::sys::fs::exists(File))
    return fail("no compilation database: '" + File +
                "' does not exist (configure with "
                "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or pass -- <flags>)");
  return loadDatabaseFile(File);
}

/// clangd's search: Dir/compile_commands.json, Dir/build/..., then the
/// same for each parent. Empty if there is none.
std::string searchDatabase(llvm::StringRef Start) {
  for (llvm::StringRef Dir = Start; !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    for (llvm::StringRef Sub : {"", "build"}) {
      llvm::SmallString<256> File(Dir);
      llvm::sys::path::append(File, Sub, "compile_commands.json");
      if (llvm::sys::fs::is_regular_file(File))
        return std::string(File);
    }
  }
  return "";
}

llvm::Expected<std::unique_ptr<CompilationDatabase>>
databaseFor(const CommandRequest &Request, std::string &Found) {
  if (!Request.BuildPath.empty())
    return databaseIn(Request.BuildPath);
  std::string Start =
      Request.Sources.empty()
          ? absolutePath(".")
          : llvm::sys::path::parent_path(absolutePath(Request.Sources.front()))
                .str();
  Found = searchDatabase(Start);
  if (Found.empty())
    return fail("no compilation database in '" + Start +
                "', its build/ directory or their parents: give -p <build "
                "dir>, or sources with -- <compiler flags>");
  return databaseIn(llvm::sys::path::parent_path(Found));
}

void sortAndDeduplicate(std::vector<CompileCommand> &Commands) {
  auto Key = [](const CompileCommand &C) {
    return std::tie(C.Filename, C.Directory, C.CommandLine);
  };
  llvm::sort(Commands, [&](const CompileCommand &A, const CompileCommand &B) {
    return Key(A) < Key(B);
  });
  Commands.erase(
      std::unique(Commands.begin(), Commands.end(),
                  [&](const CompileCommand &A, const CompileCommand &B) {
                    return Key(A) == Key(B);
                  }),
      Commands.end());
}

/// Whether the driver reads Path as C or C++ (sources and headers), by its
/// extension.
bool isCOrCxx(llvm::StringRef Path) {
  using namespace clang::driver;
  llvm::StringRef Extension = llvm::sys::path::extension(Path);
  if (!Extension.consume_front("."))
    return false;
  types::ID Type = types::lookupTypeForExtension(Extension);
  return Type == types::TY_C || Type == types::TY_CHeader ||
         Type == types::TY_PP_C || types::isCXX(Type);
}

/// The --exclude patterns, compiled; an error names the malformed one.
llvm::Expected<std::vector<llvm::GlobPattern>>
compileExcludes(const std::vector<std::string> &Patterns) {
  std::vector<llvm::GlobPattern> Globs;
  for (const std::string &P : Patterns) {
    auto Glob = llvm::GlobPattern::create(P);
    if (!Glob)
      return fail("malformed --exclude pattern '" + P +
                  "': " + llvm::toString(Glob.takeError()));
    Globs.push_back(std::move(*Glob));
  }
  return Globs;
}

/// Whether File (absolute) matches a glob, as given or relative to Here
/// (the current directory, with a trailing slash).
bool isExcluded(llvm::StringRef File, llvm::StringRef Here,
                llvm::ArrayRef<llvm::GlobPattern> Globs) {
  llvm::StringRef Relative = File;
  Relative.consume_front(Here);
  return llvm::any_of(Globs, [&](const llvm::GlobPattern &G) {
    return G.match(File) || G.match(Relative);
  });
}

} // namespace

llvm::Expected<LoadedCommands>
loadCompileCommands(const CommandRequest &Request) {
  auto Excludes = compileExcludes(Request.Exclude);
  if (!Excludes)
    return Excludes.takeError();
  LoadedCommands Result;
  std::unique_ptr<CompilationDatabase> Owned;
  CompilationDatabase *DB = Request.Flags.get();
  if (!DB) {
    auto Loaded = databaseFor(Request, Result.FoundDatabase);
    if (!Loaded)
      return Loaded.takeError();
    Owned = std::move(*Loaded);
    DB = Owned.get();
    llvm::StringRef Database = Request.BuildPath.empty()
                                   ? llvm::StringRef(Result.FoundDatabase)
                                   : llvm::StringRef(Request.BuildPath);
    Result.BuildDirectory =
        absolutePath(llvm::sys::fs::is_directory(Database)
                         ? Database
                         : llvm::sys::path::parent_path(Database));
  } else if (Request.Sources.empty()) {
    return fail("nothing to analyse: name the sources before '--'");
  }
  std::vector<CompileCommand> Commands;
  if (Request.Sources.empty()) {
    Commands = DB->getAllCompileCommands();
    if (Commands.empty())
      return fail("the compilation database lists no translation units");
  }
  for (const std::string &Source : Request.Sources) {
    std::string Path = absolutePath(Source);
    if (!llvm::sys::fs::exists(Path))
      return fail("no such file: '" + Source + "'");
    std::vector<CompileCommand> ForFile = DB->getCompileCommands(Path);
    if (ForFile.empty())
      return fail("'" + Source + "' is not in the compilation database");
    llvm::append_range(Commands, ForFile);
  }
  std::string Here = absolutePath(".") + "/";
  for (CompileCommand &C : Commands) {
    C.Filename = absolutePath(C.Filename, C.Directory);
    if (isExcluded(C.Filename, Here, *Excludes))
      Result.Excluded.push_back(C.Filename);
    else if (isCOrCxx(C.Filename))
      Result.Commands.push_back(std::move(C));
    else
      Result.Skipped.push_back(C.Filename);
  }
  if (Result.Commands.empty() && !Result.Excluded.empty())
    return fail("--exclude leaves no unit to analyse (" +
                llvm::Twine(Result.Excluded.size()) + " excluded)");
  if (Result.Commands.empty())
    return fail("the compilation database lists no C or C++ translation unit");
  sortAndDeduplicate(Result.Commands);
  llvm::sort(Result.Skipped);
  Result.Skipped.erase(
      std::unique(Result.Skipped.begin(), Result.Skipped.end()),
      Result.Skipped.end());
  return Result;
}

llvm::Expected<CompileCommand>
commandFromCompilerLine(const std::vector<std::string> &Line) {
  if (Line.size() < 2)
    return fail("extract needs a compile command after '--', e.g. "
                "-- clang++ -std=c++20 -c a.cpp");
  for (size_t I = Line.size(); I-- > 1;) {
    if (!isCOrCxx(Line[I]) || !llvm::sys::fs::exists(Line[I]))
      continue;
    if (I > 0 && (Line[I - 1] == "-o" || Line[I - 1] == "-MF"))
      continue;
    CompileCommand C;
    C.Directory = absolutePath(".");
    C.Filename = absolutePath(Line[I]);
    C.CommandLine = Line;
    return C;
  }
  return fail("no existing C or C++ source file in the compile command after "
              "'--'");
}

} // namespace onex::tool
