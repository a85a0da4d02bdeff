#pragma once
#include <string>
namespace acme {
class KafkaClient {
public:
  void publish(const std::string &topic, const std::string &payload);
};
class Clock {
public:
  long now() const;
};
class PropertyBag {
public:
  void set(const std::string &key, const std::string &value);
};
} // namespace acme
