//===- ConfigCache.h - Compiled configurations, shared by a front end -----===//
//
// Every check of every translation unit asks for the same configuration, so
// a front end compiles each distinct one once: it reads the rule packs the
// options name (the engine reads no files) and keeps the result while those
// files are unchanged. The cache is an object the front end owns; it holds
// a bounded number of configurations.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_FRONTEND_CONFIGCACHE_H
#define ONEX_FRONTEND_CONFIGCACHE_H

#include "checker/Config.h"
#include "llvm/ADT/StringMap.h"
#include <memory>
#include <mutex>

namespace onex {

/// Reads the packs named by Options.RuleFiles. Errors name the option, the
/// file that set it and the pack that cannot be read.
llvm::Expected<std::vector<RulePackSource>>
readRulePacks(const EngineOptions &Options);

class ConfigCache {
public:
  /// The compiled configuration for Options; errors as compileConfig's.
  llvm::Expected<std::shared_ptr<const EngineConfig>>
  get(const EngineOptions &Options);

private:
  static constexpr size_t MaxEntries = 32;
  std::mutex Mutex;
  llvm::StringMap<std::shared_ptr<const EngineConfig>> Entries;
};

} // namespace onex

#endif // ONEX_FRONTEND_CONFIGCACHE_H
