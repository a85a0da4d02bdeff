#include <cstdio>
#include <cstring>
#include <onex/purity.hpp>

#include "vendor.h"

ONEX_PURE int trusted_hash(const char *text); // no body: trusted
int helper(int x);                             // defined in helper.cpp

ONEX_ALLOW_IMPURE("audit log, reviewed in SEC-12")
void audit(int x) { std::printf("%d\n", x); }

struct ONEX_INTENT_PUBLISHER Bus {
  void publish_event_intent(int code);
};

class NodeScoreReducer : public onex::NodeReducer, public Bus {
public:
  int execute(int x, const char *name) {
    audit(x);
    publish_event_intent(x);
    return helper(x) + trusted_hash(name) + int(std::strlen(name)) +
           __builtin_popcount(unsigned(x)) + vendor_checksum(x);
  }
};
