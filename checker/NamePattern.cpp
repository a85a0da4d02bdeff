//===- NamePattern.cpp ----------------------------------------------------===//

#include "checker/NamePattern.h"

namespace onex {

namespace {

/// Glob matching where "*" stops at separator characters and "**" does not.
/// Patterns are short and names are short, so plain backtracking is fine.
bool globMatch(llvm::StringRef Pattern, llvm::StringRef Name, char SepChar) {
  if (Pattern.empty())
    return Name.empty();
  if (Pattern.starts_with("**")) {
    llvm::StringRef Rest = Pattern.drop_front(2);
    for (size_t I = 0; I <= Name.size(); ++I)
      if (globMatch(Rest, Name.drop_front(I), SepChar))
        return true;
    return false;
  }
  if (Pattern.front() == '*') {
    llvm::StringRef Rest = Pattern.drop_front(1);
    for (size_t I = 0; I <= Name.size(); ++I) {
      if (globMatch(Rest, Name.drop_front(I), SepChar))
        return true;
      if (I < Name.size() && Name[I] == SepChar)
        return false;
    }
    return false;
  }
  if (Name.empty())
    return false;
  if (Pattern.front() == '?')
    return Name.front() != SepChar &&
           globMatch(Pattern.drop_front(), Name.drop_front(), SepChar);
  return Pattern.front() == Name.front() &&
         globMatch(Pattern.drop_front(), Name.drop_front(), SepChar);
}

bool hasWildcard(llvm::StringRef S) {
  return S.find_first_of("*?") != llvm::StringRef::npos;
}

} // namespace

bool NamePattern::parse(llvm::StringRef Text, Separator Sep, NamePattern &Out,
                        std::string &Error) {
  llvm::StringRef Trimmed = Text.trim();
  llvm::StringRef Anchor = Sep == Separator::Scope ? "::" : "/";
  Out = NamePattern();
  Out.Text = Trimmed.str();
  Out.Sep = Sep;
  Out.Anchored = Trimmed.consume_front(Anchor);
  if (Trimmed.empty()) {
    Error = "empty name pattern '" + Text.str() + "'";
    return false;
  }
  if (Trimmed.contains("***")) {
    Error = "'***' in pattern '" + Text.str() + "'; use '*' or '**'";
    return false;
  }
  Out.Body = Trimmed.str();
  size_t LastSep = Trimmed.rfind(Anchor);
  llvm::StringRef Last = LastSep == llvm::StringRef::npos
                             ? Trimmed
                             : Trimmed.drop_front(LastSep + Anchor.size());
  // A "**" earlier in the pattern can swallow separators, so the last
  // component is only a reliable index key when the whole pattern is literal
  // up to it or the wildcards stay inside earlier components.
  if (!hasWildcard(Last) && !llvm::StringRef(Out.Body).contains("**"))
    Out.LiteralLast = Last.str();
  return true;
}

bool NamePattern::matchesAt(llvm::StringRef Name) const {
  char SepChar = Sep == Separator::Scope ? ':' : '/';
  return globMatch(Body, Name, SepChar);
}

bool NamePattern::matches(llvm::StringRef Name) const {
  if (matchesAt(Name))
    return true;
  if (Anchored)
    return false;
  llvm::StringRef SepText = Sep == Separator::Scope ? "::" : "/";
  for (size_t Pos = Name.find(SepText); Pos != llvm::StringRef::npos;
       Pos = Name.find(SepText, Pos + 1))
    if (matchesAt(Name.drop_front(Pos + SepText.size())))
      return true;
  return false;
}

} // namespace onex
