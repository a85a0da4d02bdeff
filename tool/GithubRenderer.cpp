//===- GithubRenderer.cpp - GitHub Actions workflow commands --------------===//

#include "Renderers.h"

namespace onex::tool {

namespace {

/// Escaping of workflow command data and properties, as GitHub's toolkit
/// does it.
std::string escapeData(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else
      Out += C;
  }
  return Out;
}

std::string escapeProperty(llvm::StringRef S) {
  std::string Out;
  for (char C : escapeData(S)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

} // namespace

void renderGithub(const Report &R, llvm::raw_ostream &OS) {
  for (const Finding &F : R.Findings) {
    if (F.Suppressed)
      continue;
    std::string Message = F.message();
    for (const ChainStep &Step : F.Chain)
      Message += "\n  " + chainLine(Step, R);
    OS << "::error file="
       << escapeProperty(relativeTo(F.Primary.File, R.SourceRoot))
       << ",line=" << F.Primary.Line << ",col=" << F.Primary.Column
       << ",title=" << escapeProperty(F.checkName())
       << "::" << escapeData(Message) << "\n";
  }
}

} // namespace onex::tool
