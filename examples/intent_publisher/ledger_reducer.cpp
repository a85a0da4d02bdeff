// A pure reducer that publishes its intents through the publisher mixin:
// the publish calls are emissions (not I/O), the arithmetic is pure.
#include "posting.hpp"
#include "publisher.hpp"

#include <cstdio>
#include <string>

namespace ledger {

class NodeLedgerReducer : public onex::NodeReducer,
                          public MixinIntentPublisher {
public:
  explicit NodeLedgerReducer(std::string topic)
      : MixinIntentPublisher(std::move(topic)) {}

  long execute(long balance, const Posting &posting) {
    long next = balance + posting.cents;
    onex::ModelIntent<Posting> intent{"PUBLISH_EVENT", posting.account,
                                      posting};
    publish_event_intent(intent);
    return next;
  }
};

} // namespace ledger

int main(int argc, char **argv) {
  const char *topic = argc > 1 ? argv[1] : "intents.log";
  ledger::NodeLedgerReducer reducer(topic);
  long balance = reducer.execute(0, {{}, "cash", 1250});
  balance = reducer.execute(balance, {{}, "cash", -250});
  std::printf("balance %ld, intents on %s\n", balance, topic);
  return 0;
}
