//===- CompileCommands.cpp ------------------------------------------------===//

#include "CompileCommands.h"
#include "frontend/Paths.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
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
  std::string Message;
  auto DB = clang::tooling::JSONCompilationDatabase::loadFromFile(
      File, Message, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return fail("malformed compilation database '" + File + "': " + Message);
  return std::move(DB);
}

llvm::Expected<std::unique_ptr<CompilationDatabase>>
databaseFor(const CommandRequest &Request) {
  if (Request.HasDashes) {
    std::string Cwd = absolutePath(".");
    return std::make_unique<clang::tooling::FixedCompilationDatabase>(
        Cwd, Request.ExtraArgs);
  }
  if (!Request.BuildPath.empty())
    return databaseIn(Request.BuildPath);
  if (Request.Sources.empty())
    return fail("nothing to analyse: give -p <build dir>, or sources with "
                "-- <compiler flags>");
  std::string Message;
  auto DB = CompilationDatabase::autoDetectFromSource(
      absolutePath(Request.Sources.front()), Message);
  if (!DB)
    return fail("no compilation database found above '" +
                Request.Sources.front() +
                "': pass -p <build dir>, or -- <compiler flags>");
  return std::move(DB);
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

bool isSourceFile(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  return llvm::is_contained(
      {".c", ".cc", ".cpp", ".cxx", ".c++", ".C", ".cp", ".m", ".mm", ".cu"},
      Ext);
}

} // namespace

llvm::Expected<std::vector<CompileCommand>>
loadCompileCommands(const CommandRequest &Request) {
  auto DB = databaseFor(Request);
  if (!DB)
    return DB.takeError();
  std::vector<CompileCommand> Commands;
  if (Request.Sources.empty()) {
    Commands = (*DB)->getAllCompileCommands();
    if (Commands.empty())
      return fail("the compilation database in '" + Request.BuildPath +
                  "' lists no translation units");
  }
  for (const std::string &Source : Request.Sources) {
    std::string Path = absolutePath(Source);
    if (!llvm::sys::fs::exists(Path))
      return fail("no such file: '" + Source + "'");
    std::vector<CompileCommand> ForFile = (*DB)->getCompileCommands(Path);
    if (ForFile.empty())
      return fail("'" + Source + "' is not in the compilation database");
    llvm::append_range(Commands, ForFile);
  }
  for (CompileCommand &C : Commands)
    C.Filename = absolutePath(C.Filename, C.Directory);
  sortAndDeduplicate(Commands);
  return Commands;
}

llvm::Expected<CompileCommand>
commandFromCompilerLine(const std::vector<std::string> &Line) {
  if (Line.size() < 2)
    return fail("extract needs a compile command after '--', e.g. "
                "-- clang++ -std=c++20 -c a.cpp");
  for (size_t I = Line.size(); I-- > 1;) {
    if (!isSourceFile(Line[I]) || !llvm::sys::fs::exists(Line[I]))
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
