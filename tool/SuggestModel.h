//===- SuggestModel.h - `onex-purity suggest-model <type>` ----------------===//
//
// Drafts the typed model that replaces a dict-like payload: parses the
// units, collects the constant keys the code uses on values of <type>
// (checker/ModelDraft.h) and prints a BaseModel struct, one field per key.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_TOOL_SUGGESTMODEL_H
#define ONEX_TOOL_SUGGESTMODEL_H

#include "CompileCommands.h"
#include "ToolConfig.h"
#include <string>

namespace onex::tool {

struct SuggestModelRequest {
  CommandRequest Units;
  std::string TypeName;  // As the code spells it: "nlohmann::json".
  std::string ModelName; // The struct to print.
  std::string SourceRoot;
  unsigned Jobs = 0;
};

/// Prints the model on stdout; exit 0. A unit that does not parse, or no
/// constant key at all, is an error (exit 2), never an empty model.
int runSuggestModel(const SuggestModelRequest &Request, ToolConfig &Config);

} // namespace onex::tool

#endif // ONEX_TOOL_SUGGESTMODEL_H
