// A JSON-like value, the shape of nlohmann::json's API.
#pragma once
#include <string>
namespace store {
class Value {
public:
  Value &operator[](const std::string &key);
  Value &operator[](const char *key);
  const Value &at(const std::string &key) const;
  template <class T> T get() const;
  template <class T> T value(const std::string &key, T fallback) const;
  Value &operator=(int v);
  Value &operator=(const std::string &v);
  Value &operator=(double v);
  operator bool() const;
};
using Json = Value;
} // namespace store
