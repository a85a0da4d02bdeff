// Stand-in for protobuf's message API.
#pragma once
#include <string>
namespace google::protobuf {
class MessageLite {
public:
  bool SerializeToString(std::string *output) const;
  bool ParseFromString(const std::string &data);
};
class Message : public MessageLite {};
} // namespace google::protobuf
