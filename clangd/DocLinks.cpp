//===- DocLinks.cpp -------------------------------------------------------===//

#include "DocLinks.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace onex::clangd {

namespace {

/// file:// URI of DocsDir/<Check>.md, or "" when there is no such page.
std::string pageFor(llvm::StringRef Check, llvm::StringRef DocsDir) {
  if (DocsDir.empty())
    return "";
  llvm::SmallString<256> Page(DocsDir);
  llvm::sys::path::append(Page, Check + ".md");
  if (!llvm::sys::fs::exists(Page))
    return "";
  return "file://" + std::string(Page);
}

/// Rewrites in place; returns whether anything changed.
bool rewrite(llvm::json::Value &V, llvm::StringRef DocsDir) {
  bool Changed = false;
  if (llvm::json::Array *A = V.getAsArray()) {
    for (llvm::json::Value &E : *A)
      Changed |= rewrite(E, DocsDir);
    return Changed;
  }
  llvm::json::Object *O = V.getAsObject();
  if (!O)
    return false;
  std::optional<llvm::StringRef> Code = O->getString("code");
  if (Code && Code->starts_with("onex-") && O->get("codeDescription")) {
    std::string Page = pageFor(*Code, DocsDir);
    if (Page.empty())
      O->erase("codeDescription");
    else
      (*O)["codeDescription"] = llvm::json::Object{{"href", Page}};
    Changed = true;
  }
  for (auto &Entry : *O)
    Changed |= rewrite(Entry.second, DocsDir);
  return Changed;
}

bool writeAll(int FD, llvm::StringRef Data) {
  while (!Data.empty()) {
    ssize_t N = ::write(FD, Data.data(), Data.size());
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Data = Data.drop_front(N);
  }
  return true;
}

/// Reads LSP frames ("Content-Length: N\r\n\r\n" + N bytes) from In and
/// writes them, rewritten, to Out. Anything that is not a frame passes as
/// it is.
void forward(int In, int Out, std::string DocsDir) {
  std::string Buffer;
  char Chunk[65536];
  for (;;) {
    ssize_t N = ::read(In, Chunk, sizeof(Chunk));
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    Buffer.append(Chunk, N);
    for (;;) {
      size_t HeaderEnd = Buffer.find("\r\n\r\n");
      if (HeaderEnd == std::string::npos)
        break;
      llvm::StringRef Header(Buffer.data(), HeaderEnd);
      size_t At = Header.find_insensitive("content-length:");
      unsigned long long Length = 0;
      if (At == llvm::StringRef::npos ||
          llvm::getAsUnsignedInteger(
              Header.drop_front(At + 15).split('\r').first.trim(), 10,
              Length)) {
        writeAll(Out, Buffer); // Not a frame: leave it alone.
        Buffer.clear();
        break;
      }
      size_t BodyStart = HeaderEnd + 4;
      if (Buffer.size() < BodyStart + Length)
        break;
      llvm::StringRef Body(Buffer.data() + BodyStart, Length);
      std::string NewBody = rewriteDocLinks(Body, DocsDir);
      writeAll(Out, "Content-Length: " + std::to_string(NewBody.size()) +
                        "\r\n\r\n" + NewBody);
      Buffer.erase(0, BodyStart + Length);
    }
  }
  writeAll(Out, Buffer);
}

struct Filter {
  std::once_flag Finished;
  std::thread Reader;
  int SavedStdout = -1;
};
Filter *Active = nullptr;

} // namespace

std::string rewriteDocLinks(llvm::StringRef Body, llvm::StringRef DocsDir) {
  if (!Body.contains("\"onex-") || !Body.contains("codeDescription"))
    return Body.str();
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Body);
  if (!V) {
    llvm::consumeError(V.takeError());
    return Body.str();
  }
  if (!rewrite(*V, DocsDir))
    return Body.str();
  std::string Out;
  llvm::raw_string_ostream(Out) << *V;
  return Out;
}

void startDocLinkFilter(std::string DocsDir) {
  int Pipe[2];
  if (Active || ::pipe2(Pipe, O_CLOEXEC) != 0)
    return; // No filter: clangd's links stay as they are.
  std::fflush(stdout);
  Active = new Filter;
  Active->SavedStdout = ::dup(STDOUT_FILENO);
  ::dup2(Pipe[1], STDOUT_FILENO);
  ::close(Pipe[1]);
  Active->Reader =
      std::thread(forward, Pipe[0], Active->SavedStdout, std::move(DocsDir));
  std::atexit(finishDocLinkFilter);
}

void finishDocLinkFilter() {
  if (!Active)
    return;
  std::call_once(Active->Finished, [] {
    llvm::outs().flush();
    std::fflush(stdout);
    // Putting the real stdout back closes the pipe's last writer: the
    // reader ends once it forwarded everything clangd wrote, and whatever
    // is written later goes straight out.
    ::dup2(Active->SavedStdout, STDOUT_FILENO);
    Active->Reader.join();
  });
}

} // namespace onex::clangd
