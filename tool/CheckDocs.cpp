//===- CheckDocs.cpp ------------------------------------------------------===//

#include "CheckDocs.h"
#include "OnexVersion.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Path.h"
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

std::string withAbsoluteLinks(llvm::StringRef Markdown) {
  std::string Out;
  size_t Pos = 0;
  while (true) {
    size_t Open = Markdown.find("](", Pos);
    size_t Close =
        Open == llvm::StringRef::npos ? Open : Markdown.find(')', Open + 2);
    if (Close == llvm::StringRef::npos) {
      Out += Markdown.substr(Pos).str();
      return Out;
    }
    llvm::StringRef Target = Markdown.slice(Open + 2, Close);
    Out += Markdown.slice(Pos, Open + 2).str();
    bool Relative = !Target.empty() && !Target.contains("://") &&
                    !Target.starts_with("#") && !Target.starts_with("/") &&
                    !Target.starts_with("mailto:");
    if (Relative) {
      // Pages live in docs/checks/; resolve ../ against that.
      llvm::SmallString<128> Path("docs/checks/");
      Path += Target;
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true,
                                   llvm::sys::path::Style::posix);
      Out += std::string(ONEX_PURITY_URL) + "/blob/main/" + Path.str().str();
    } else {
      Out += Target.str();
    }
    Pos = Close;
  }
}

std::string checkHelpUri(llvm::StringRef Check) {
  return std::string(ONEX_PURITY_URL) + "/blob/main/docs/checks/" +
         Check.str() + ".md";
}

} // namespace onex::tool
