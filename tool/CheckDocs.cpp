//===- CheckDocs.cpp ------------------------------------------------------===//

#include "CheckDocs.h"
#include "OnexVersion.h"
#include "llvm/ADT/Twine.h"
#include <string>

namespace onex::tool {

namespace {
struct Page {
  const char *Name; // "onex-purity-io.md"
  const char *Text;
};
constexpr Page Pages[] = {
#include "CheckDocs.inc"
};
} // namespace

llvm::StringRef checkDocumentation(llvm::StringRef Check) {
  for (const Page &P : Pages) {
    llvm::StringRef Name(P.Name);
    if (Name.consume_back(".md") && Name == Check)
      return P.Text;
  }
  return "";
}

std::string checkDescription(llvm::StringRef Check) {
  llvm::StringRef Text = checkDocumentation(Check);
  // Skip the title, then take lines up to the first blank one.
  Text = Text.split('\n').second.ltrim("\n");
  std::string Paragraph;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    if (Line.trim().empty())
      break;
    if (!Paragraph.empty())
      Paragraph += ' ';
    Paragraph += Line.trim().str();
    Text = Rest;
  }
  return Paragraph;
}

std::string checkHelpUri(llvm::StringRef Check) {
  return std::string(ONEX_PURITY_URL) + "/blob/main/docs/checks/" +
         Check.str() + ".md";
}

} // namespace onex::tool
