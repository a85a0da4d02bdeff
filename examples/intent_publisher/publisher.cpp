// Effect-side code: the publisher appends to the intent topic (a file
// here; a message bus in production).
#include "publisher.hpp"

#include <cstdio>

namespace ledger {

void MixinIntentPublisher::publish_raw(const PublishedIntent &intent) {
  if (std::FILE *topic = std::fopen(topic_.c_str(), "a")) {
    std::fprintf(topic, "%s %s\n", intent.intent_type.c_str(),
                 intent.summary.c_str());
    std::fclose(topic);
  }
}

} // namespace ledger
