//===- OptionReader.h - The one reader of the onex options ----------------===//
//
// clang-tidy, onex-clangd and onex-purity read the onex options from the
// same CheckOptions, through this file, so that the same .clang-tidy means
// the same thing everywhere:
//  - "<check>.<Option>" overrides the global "<Option>" for that check;
//  - booleans are true/false (any case) or 1/0; anything else is an error;
//  - relative paths in RuleFiles and SummaryIndex resolve from the
//    directory of the configuration file that sets them (the current
//    directory when no file does: defaults, command line);
//  - errors and warnings name the file the value came from;
//  - a key that looks like a misspelt onex option gets a warning with the
//    closest name.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_FRONTEND_OPTIONREADER_H
#define ONEX_FRONTEND_OPTIONREADER_H

#include "checker/Config.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace onex {

using TidyOptionMap = clang::tidy::ClangTidyOptions::OptionMap;

/// The configuration file that set Key (absolute), or "" when no file did.
using OriginLookup = llvm::function_ref<std::string(llvm::StringRef Key)>;

/// The engine options for check CheckName (empty: the global keys only),
/// from the effective option map of a file.
llvm::Expected<EngineOptions> readEngineOptions(const TidyOptionMap &Options,
                                                llvm::StringRef CheckName,
                                                OriginLookup OriginOf);

/// One warning per key that looks like an onex option but is none, sorted:
/// "unknown option 'ReducerFuncions' in '<file>'; did you mean
/// 'ReducerFunctions'?".
std::vector<std::string> unknownOptionWarnings(const TidyOptionMap &Options,
                                               OriginLookup OriginOf);

/// The first glob of a check list (clang-tidy's syntax, "-" for negative)
/// that names onex checks but matches none of the catalogue's, as an error
/// message: "unknown check 'onex-purity-oi'<Where>; did you mean
/// 'onex-purity-io'?", or "'onex-purty-*'<Where> matches no onex check".
/// Globs that do not start with "onex" belong to other checks. Empty when
/// every onex glob matches.
std::string unknownCheckInList(llvm::StringRef Checks, llvm::StringRef Where);

/// Which of clang-tidy's raw configuration layers (lowest priority first, as
/// ClangTidyOptionsProvider::getRawOptions returns them) set Key to Value:
/// the file's path, or "" if the value does not come from a file.
std::string originInLayers(
    llvm::ArrayRef<clang::tidy::ClangTidyOptionsProvider::OptionsSource> Layers,
    llvm::StringRef Key, llvm::StringRef Value);

} // namespace onex

#endif // ONEX_FRONTEND_OPTIONREADER_H
