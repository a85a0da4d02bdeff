//===- NamePattern.h - Qualified-name patterns for rules and options ------===//
//
// Rule packs and options name functions, classes and headers. A pattern is a
// qualified name with optional wildcards:
//   - a leading "::" anchors it at the global namespace ("::fopen" matches
//     only the global fopen); without it the pattern matches the whole name
//     or any suffix that starts at a "::" ("publish" matches "acme::publish");
//   - "*" matches any run of characters inside one name component,
//     "**" any run including "::", and "?" one character.
// Header patterns use "/" as the separator instead of "::".
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_NAMEPATTERN_H
#define ONEX_CHECKER_NAMEPATTERN_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace onex {

class NamePattern {
public:
  enum class Separator { Scope, Path };

  /// Parses a pattern; returns an empty optional-like invalid pattern and an
  /// error text through Error when the spelling is unusable.
  static bool parse(llvm::StringRef Text, Separator Sep, NamePattern &Out,
                    std::string &Error);

  /// Whether Name (a qualified name without leading "::", or a path)
  /// matches.
  bool matches(llvm::StringRef Name) const;

  /// The last component when it has no wildcard; empty otherwise. Used to
  /// index exact patterns by unqualified name.
  llvm::StringRef literalLastComponent() const { return LiteralLast; }
  llvm::StringRef text() const { return Text; }

private:
  bool matchesAt(llvm::StringRef Name) const;

  std::string Text;
  std::string Body; // Text without the anchor.
  std::string LiteralLast;
  bool Anchored = false;
  Separator Sep = Separator::Scope;
};

} // namespace onex

#endif // ONEX_CHECKER_NAMEPATTERN_H
