//===- Renderers.cpp - Dispatch on the output format ----------------------===//

#include "Renderers.h"

namespace onex::tool {

void render(OutputFormat Format, const Report &R, SourceText &Sources,
            llvm::raw_ostream &OS, const TextStyle &Style) {
  switch (Format) {
  case OutputFormat::Text:
    return renderText(R, Sources, OS, Style);
  case OutputFormat::Github:
    return renderGithub(R, OS);
  case OutputFormat::Json:
    return renderJson(R, OS);
  case OutputFormat::Sarif:
    return renderSarif(R, Sources, OS);
  case OutputFormat::CodeClimate:
    return renderCodeClimate(R, OS);
  }
}

} // namespace onex::tool
