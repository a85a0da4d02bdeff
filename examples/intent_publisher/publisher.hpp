// The Intent Publisher pattern: a mixin a reducer inherits to hand its
// intents to an intent topic. Publishing is coordination I/O, the one
// channel out of a reducer that ONEX allows; an intent executor later runs
// each intent through an effect.
#pragma once

#include <string>

#include "onex/purity.hpp"

namespace ledger {

struct PublishedIntent {
  std::string intent_type;
  std::string summary;
};

class ONEX_INTENT_PUBLISHER MixinIntentPublisher {
public:
  explicit MixinIntentPublisher(std::string topic) : topic_(std::move(topic)) {}

  template <class Intent> void publish_event_intent(const Intent &intent) {
    publish_raw({intent.intent_type, intent.target});
  }

private:
  void publish_raw(const PublishedIntent &intent); // publisher.cpp: I/O
  std::string topic_;
};

} // namespace ledger
