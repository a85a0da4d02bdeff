#include <any>
#include <map>
#include <string>

using Bag = std::map<std::string, std::any>;

double total(Bag &bag) {
  return std::any_cast<double>(bag["total"]) + std::any_cast<int>(bag["count"]);
}
