// The legacy intent type: a string-keyed bag of anything. Type safety is
// gone the moment a payload is built this way.
#pragma once

#include <any>
#include <map>
#include <string>

namespace bridge {

struct LegacyIntent {
  std::string intent_type;
  std::map<std::string, std::any> payload;
};

// Encodes a payload for the wire: the effects' job, done here too early.
inline std::string serialize_payload(const std::map<std::string, std::any> &p) {
  return "{\"fields\":" + std::to_string(p.size()) + "}";
}

// Today's exchange rate for a currency (rates.cpp). Defined in another file:
// clang-tidy, seeing one file, can only trust or distrust the declaration;
// the whole-program gate follows it into rates.cpp.
double exchange_rate(const std::string &currency);

} // namespace bridge
