//===- Renderers.h - Reports as text, JSON, GitHub commands and SARIF -----===//
//
// Renderers only format: the findings, their order and their fingerprints
// are decided before. Every format is byte-identical for the same report.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_RENDERERS_H
#define ONEX_TOOL_RENDERERS_H

#include "Report.h"
#include "llvm/Support/raw_ostream.h"

namespace onex::tool {

enum class OutputFormat { Text, Json, Github, Sarif, CodeClimate };

/// How text output looks; the other formats ignore it.
struct TextStyle {
  bool Color = false;
  /// The code line behind a "  12 | " gutter, as clang prints it.
  bool LineNumbers = true;
};

/// clang-style diagnostics: "file:line:col: warning: ... [check]", the code
/// line with a caret, and one note per hop of the call chain.
void renderText(const Report &R, SourceText &Sources, llvm::raw_ostream &OS,
                const TextStyle &Style);

/// GitHub Actions workflow commands (::error file=..,line=..::message).
void renderGithub(const Report &R, llvm::raw_ostream &OS);

/// The tool's own JSON: one object per finding with its chain.
void renderJson(const Report &R, llvm::raw_ostream &OS);

/// GitLab Code Quality (the Code Climate issue format): a JSON array of
/// issues with description, check_name, fingerprint, severity, location.
void renderCodeClimate(const Report &R, llvm::raw_ostream &OS);

/// SARIF 2.1.0, as GitHub code scanning reads it.
void renderSarif(const Report &R, SourceText &Sources, llvm::raw_ostream &OS);

/// Dispatches on Format.
void render(OutputFormat Format, const Report &R, SourceText &Sources,
            llvm::raw_ostream &OS, const TextStyle &Style);

} // namespace onex::tool

#endif // ONEX_TOOL_RENDERERS_H
