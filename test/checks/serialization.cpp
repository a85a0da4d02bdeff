// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"

#include <sstream>
#include <string>

#include "google/protobuf/message.h"
#include "nlohmann/json.hpp"
#include "onex/purity.hpp"

struct OrderPlaced : onex::BaseModel {
  std::string id;
  int quantity = 0;
};

// A user-defined encoder: calling it is serialization, wherever it lives.
void to_json(nlohmann::json &j, const OrderPlaced &o) {
  j["id"] = o.id;
  j["quantity"] = o.quantity;
}

static std::string encode(const OrderPlaced &o) {
  nlohmann::json j;
  to_json(j, o);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'to_json' serializes data (payload encoding); reachable from reducer 'NodeOrderReducer::execute' [onex-purity-serialization]
  // CHECK: :[[@LINE+14]]:12: note: 'execute' calls 'encode' here
  return j.dump();
  // CHECK: :[[@LINE-1]]:12: warning: call to 'dump' on 'j' serializes data (JSON); reachable from reducer 'NodeOrderReducer::execute' [onex-purity-serialization]
  // CHECK: :[[@LINE+11]]:12: note: 'execute' calls 'encode' here
}

class OrderProto : public google::protobuf::Message {};

class NodeOrderReducer : public onex::NodeReducer {
public:
  std::string execute(const OrderPlaced &o, const OrderProto &proto) {
    std::string wire;
    proto.SerializeToString(&wire);
    // CHECK: :[[@LINE-1]]:11: warning: call to 'google::protobuf::MessageLite::SerializeToString' serializes data (protobuf); in reducer 'NodeOrderReducer::execute' [onex-purity-serialization]
    return encode(o) + wire;
  }
};

// Formatting is not serialization: turning numbers into text through a
// string stream (as yaml-cpp's emitter does) stays silent. Serialization
// is encoding a payload with an encoder the rules name (JSON, protobuf,
// archives); a hand-written encoder needs a rule of its own.
class NodeCsvReducer : public onex::NodeReducer {
public:
  std::string execute(const OrderPlaced &o) {
    std::ostringstream row;
    row << o.id << ',' << o.quantity;
    return row.str();
  }
};

// The right place: an effect serializes at the I/O boundary.
class NodeOrderStoreEffect : public onex::NodeEffect {
public:
  std::string store(const OrderPlaced &o) {
    nlohmann::json j;
    to_json(j, o);
    return j.dump(2);
  }
};

// A reducer that emits the typed intent is clean.
class NodeTypedReducer : public onex::NodeReducer {
public:
  onex::ModelIntent<OrderPlaced> execute(const OrderPlaced &o) const {
    return {"order_placed", "store", o};
  }
};
