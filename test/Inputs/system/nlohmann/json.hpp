// Stand-in for nlohmann/json: the shape of the API, no implementation.
#pragma once
#include <map>
#include <string>
namespace nlohmann {
inline namespace json_abi_v3_11_3 {
template <class Key = std::string> class basic_json {
public:
  basic_json() = default;
  basic_json &operator[](const Key &key);
  basic_json &operator=(int value);
  basic_json &operator=(const std::string &value);
  std::string dump(int indent = -1) const;
};
using json = basic_json<>;
using ordered_json = basic_json<>;
} // namespace json_abi_v3_11_3
} // namespace nlohmann
