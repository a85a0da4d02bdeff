#include "bag.hpp"
#include <any>
#include <map>
#include <string>

int apply(const store::Json &payload) {
  int count = payload.at("count").get<int>();
  std::string id = payload.at("id").get<std::string>();
  double ratio = payload.value("ratio", 1.0);
  bool urgent = payload.at("urgent");
  return count + int(id.size() * ratio) + urgent;
}

void build(store::Json &out, const std::string &key) {
  out["count"] = 3;
  out["order-ref"] = std::string("A-1");
  out[key] = 1; // Not a constant: not a field.
  out["nested"]["x"] = 1;
}
