// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --implicit-check-not="{{warning|note|error}}:"
// A codebase with its own intent type, configured through IntentTypes; and
// with IntentNamePattern off, only what IntentTypes names.
// RUN: %onex-tidy %s --config="{CheckOptions: {IntentTypes: '::onex::ModelIntent;::legacy::Message'}}" -- %onex-flags \
// RUN:   | FileCheck %s --check-prefixes=CHECK,LEGACY --implicit-check-not="{{warning|note|error}}:"

#include <any>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "boost/any.hpp"
#include "nlohmann/json.hpp"
#include "onex/purity.hpp"

// Dict-like fields in payload models, at any depth.
struct Meta {
  std::string source;
  std::any extra;
  // CHECK: :[[@LINE-1]]:12: warning: field 'Meta::extra' of type 'std::any' in payload model 'OrderPlaced' makes the intent payload untyped (type-erased value) [onex-intent-untyped-payload]
  // CHECK: :[[@LINE+5]]:8: note: 'OrderPlaced::meta' has type 'Meta'
};

struct OrderPlaced : onex::BaseModel {
  std::string id;
  Meta meta;
};

struct AuditRecord : onex::BaseModel {
  std::vector<std::map<std::string, std::variant<int, std::string>>> tags;
  // CHECK: :[[@LINE-1]]:70: warning: field 'AuditRecord::tags' of type 'std::map<std::basic_string<char>, std::variant<int, std::basic_string<char>>>' in payload model 'AuditRecord' makes the intent payload untyped (stringly-typed bag) [onex-intent-untyped-payload]
  std::optional<nlohmann::json> raw;
  // CHECK: :[[@LINE-1]]:33: warning: field 'AuditRecord::raw' of type 'nlohmann::basic_json<>' in payload model 'AuditRecord' makes the intent payload untyped (JSON value) [onex-intent-untyped-payload]
  void *handle = nullptr;
  // CHECK: :[[@LINE-1]]:9: warning: field 'AuditRecord::handle' of type 'void *' in payload model 'AuditRecord' makes the intent payload untyped (untyped pointer) [onex-intent-untyped-payload]
  std::pair<int, boost::any> pair;
  // CHECK: :[[@LINE-1]]:30: warning: field 'AuditRecord::pair' of type 'boost::any' in payload model 'AuditRecord' makes the intent payload untyped (type-erased value) [onex-intent-untyped-payload]
};

// Typed payloads are fine: nested models, variants of models, optional and
// vector of models, string-keyed maps of typed values.
struct Line : onex::BaseModel {
  std::string sku;
  int quantity = 0;
};
struct Cancelled : onex::BaseModel {
  std::string reason;
};
struct OrderUpdated : onex::BaseModel {
  std::vector<Line> lines;
  std::optional<Line> first;
  std::variant<Line, Cancelled> change;
  std::map<std::string, int> counts;
  std::array<Line, 2> pair;
};

// Reducer signatures.
class NodeOrderReducer : public onex::NodeReducer {
public:
  onex::ModelIntent<OrderUpdated> execute(const OrderUpdated &state) const {
    return {"order_updated", "store", state};
  }
  std::map<std::string, std::any> legacy(const nlohmann::json &input) const;
};

std::map<std::string, std::any>
NodeOrderReducer::legacy(const nlohmann::json &input) const {
// CHECK: :[[@LINE-1]]:19: warning: return value of type 'std::map<std::string, std::any>' in reducer 'NodeOrderReducer::legacy' makes the intent payload untyped (string-keyed map of dict-like values) [onex-intent-untyped-payload]
// CHECK: :[[@LINE-2]]:48: warning: parameter 'input' of type 'nlohmann::json' in reducer 'NodeOrderReducer::legacy' makes the intent payload untyped (JSON value) [onex-intent-untyped-payload]
  return {};
}

// A codebase's own intent template: its 'payload' member holds what it is
// given, so it is an intent without configuration.
namespace legacy {
template <class P> struct Intent {
  std::string type;
  P payload;
};
struct PlainStruct {
  int value = 0;
};
// Not a template, not named by the convention: an intent only when
// IntentTypes names it.
struct Message {
  std::string type;
  std::any payload;
};
// A template whose payload member does not depend on its argument is not
// an intent by shape.
template <class Tag> struct Tagged {
  std::any payload;
};
} // namespace legacy
legacy::Message g_message;
// LEGACY: :[[@LINE-1]]:17: warning: intent 'legacy::Message' with payload type 'std::any' makes the intent payload untyped (type-erased value) [onex-intent-untyped-payload]
// LEGACY: note: write a typed model instead: struct Model{{[A-Za-z0-9]*}}Payload : onex::BaseModel, one field per key
legacy::Tagged<int> g_tagged;

// Found by the naming convention (IntentNamePattern).
struct ModelAuditIntent {
  std::any payload;
};
ModelAuditIntent g_audit;
// CHECK: :[[@LINE-1]]:18: warning: intent 'ModelAuditIntent' with payload type 'std::any' makes the intent payload untyped (type-erased value) [onex-intent-untyped-payload]
// CHECK: :[[@LINE-2]]:18: note: write a typed model instead: struct ModelAuditPayload : onex::BaseModel, one field per key{{$}}

legacy::Intent<std::map<std::string, std::any>> g_untyped;
// CHECK: :[[@LINE-1]]:49: warning: intent 'legacy::Intent<std::map<std::string, std::any>>' with payload type 'std::map<std::basic_string<char>, std::any>' makes the intent payload untyped (string-keyed map of dict-like values) [onex-intent-untyped-payload]
// CHECK: :[[@LINE-2]]:49: note: write a typed model instead: struct ModelPayload : onex::BaseModel, one field per key; onex-purity suggest-model "std::map<std::basic_string<char>, std::any>" drafts it from the keys the code uses
legacy::Intent<legacy::PlainStruct> make_plain();
// CHECK: :[[@LINE-1]]:37: warning: payload type 'legacy::PlainStruct' of intent 'legacy::Intent<legacy::PlainStruct>' is not a typed model (not derived from '::onex::BaseModel') [onex-intent-payload-model]
legacy::Intent<Line> typed_is_fine();
inline auto make_inline() { return legacy::Intent<legacy::PlainStruct>{"plain", {}}; }
// CHECK: :[[@LINE-1]]:36: warning: payload type 'legacy::PlainStruct' of intent 'legacy::Intent<legacy::PlainStruct>' is not a typed model (not derived from '::onex::BaseModel') [onex-intent-payload-model]

// A reducer-local bag that flows into an intent; a local bag that does not
// is left alone.
class NodeBagReducer : public onex::NodeReducer {
public:
  legacy::Intent<std::map<std::string, std::any>> execute(int v) const {
  // CHECK: :[[@LINE-1]]:51: warning: intent 'legacy::Intent<std::map<std::string, std::any>>' with payload type 'std::map<std::basic_string<char>, std::any>' makes the intent payload untyped (string-keyed map of dict-like values) [onex-intent-untyped-payload]
  // CHECK: note: write a typed model instead: struct Model{{[A-Za-z0-9]*}}Payload : onex::BaseModel, one field per key
    std::map<std::string, std::any> bag;
    // CHECK: :[[@LINE-1]]:37: warning: local variable 'bag' of type 'std::map<std::string, std::any>' feeding an intent in reducer 'NodeBagReducer::execute' makes the intent payload untyped (string-keyed map of dict-like values) [onex-intent-untyped-payload]
    bag["v"] = v;
    std::map<std::string, std::any> scratch;
    scratch["x"] = 1;
    legacy::Intent<std::map<std::string, std::any>> out;
    // CHECK: :[[@LINE-1]]:53: warning: intent 'legacy::Intent<std::map<std::string, std::any>>' with payload type 'std::map<std::basic_string<char>, std::any>' makes the intent payload untyped (string-keyed map of dict-like values) [onex-intent-untyped-payload]
    // CHECK: note: write a typed model instead: struct Model{{[A-Za-z0-9]*}}Payload : onex::BaseModel, one field per key
    out.payload = bag;
    return out;
  }
};

// Dict-like types outside payload models and reducers are left alone.
class NodeStoreEffect : public onex::NodeEffect {
public:
  std::string encode(const nlohmann::json &j) { return j.dump(); }
};
std::map<std::string, std::any> parse_config();
