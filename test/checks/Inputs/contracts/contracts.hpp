// Intent contracts across two files: the reducers (reducers.cpp) emit,
// the effects and executors (handlers.cpp) handle.
#pragma once
#include "onex/purity.hpp"
#include <string>
#include <variant>
#include <vector>

namespace shop {

struct OrderPlaced : onex::BaseModel { int id = 0; };
struct StockReserved : onex::BaseModel { int sku = 0; };
struct InvoiceSent : onex::BaseModel { int id = 0; };
struct RefundIssued : onex::BaseModel { int id = 0; };
struct AuditEntry : onex::BaseModel { std::string line; };
struct Shipment : onex::BaseModel { int parcel = 0; };
struct Reminder : onex::BaseModel { int days = 0; };

// An intent whose type is an enumerator (found as an intent: a template
// whose 'payload' member holds its argument).
enum class TaskKind { Ship, Track, Cancel };
template <class P> struct TaskIntent {
  TaskKind intent_type;
  P payload;
};

inline constexpr char kInvoiceSent[] = "INVOICE_SENT";

using Intent = std::variant<onex::ModelIntent<OrderPlaced>,
                            onex::ModelIntent<StockReserved>,
                            onex::ModelIntent<InvoiceSent>>;

struct Order {
  int id = 0;
  int sku = 0;
  std::string channel;
};

class NodeShopReducer : public onex::NodeReducer {
public:
  std::vector<Intent> reduce(const Order &o) const;
  TaskIntent<Shipment> ship(const Order &o) const;
  TaskIntent<Shipment> cancel(const Order &o) const;
  onex::ModelIntent<AuditEntry> audit(const Order &o) const;
  onex::ModelIntent<Reminder> remind(const Order &o) const;
};

class NodeShopEffect : public onex::NodeEffect {
public:
  explicit NodeShopEffect(const OrderPlaced &seed); // Not a handler.
  void handle(const onex::ModelIntent<OrderPlaced> &i);
  void reserve(const StockReserved &s);
  void refund(const RefundIssued &r);
  void execute(const Intent &intent);
  void run(const TaskIntent<Shipment> &task);
  void mail(const onex::ModelIntent<InvoiceSent> &i);
  void log(const onex::ModelIntent<AuditEntry> &i);
};

class ONEX_INTENT_EXECUTOR ShopOrchestrator {
public:
  void route(const std::vector<Intent> &intents);
};

// An executor found by the IntentExecutorFunctions option only.
void replay_reminders(const onex::ModelIntent<Reminder> &r);

} // namespace shop
