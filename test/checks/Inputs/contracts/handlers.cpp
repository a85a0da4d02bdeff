#include "contracts.hpp"
#include <cstdio>

namespace shop {

namespace {
template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;

struct InvoiceVisitor {
  void operator()(const onex::ModelIntent<InvoiceSent> &) const {}
  template <class T> void operator()(const T &) const {}
};

// Builds an intent, but effects are not reducers: not an emission.
onex::ModelIntent<RefundIssued> retry(int id) {
  return {"REFUND_ISSUED", "bank", {{}, id}};
}
} // namespace

NodeShopEffect::NodeShopEffect(const OrderPlaced &) {}

void NodeShopEffect::handle(const onex::ModelIntent<OrderPlaced> &i) {
  std::printf("order %d\n", i.payload.id);
}

void NodeShopEffect::reserve(const StockReserved &s) {
  std::printf("sku %d\n", s.sku);
}

void NodeShopEffect::refund(const RefundIssued &r) {
  std::printf("refund %d\n", r.id);
}

void NodeShopEffect::execute(const Intent &intent) {
  std::visit(Overloaded{
                 [&](const onex::ModelIntent<OrderPlaced> &i) { handle(i); },
                 [](const auto &) { /* anything else: dropped */ },
             },
             intent);
  std::visit(InvoiceVisitor{}, intent);
  std::visit(
      [&](const auto &i) {
        using T = std::decay_t<decltype(i)>;
        if constexpr (std::is_same_v<T, onex::ModelIntent<StockReserved>>)
          reserve(i.payload);
      },
      intent);
  if (std::holds_alternative<onex::ModelIntent<InvoiceSent>>(intent))
    mail(std::get<onex::ModelIntent<InvoiceSent>>(intent));
  retry(0);
}

void NodeShopEffect::run(const TaskIntent<Shipment> &task) {
  switch (task.intent_type) {
  case TaskKind::Ship:
    std::printf("ship %d\n", task.payload.parcel);
    break;
  case TaskKind::Track:
    std::printf("track %d\n", task.payload.parcel);
    break;
  default:
    break;
  }
}

void NodeShopEffect::mail(const onex::ModelIntent<InvoiceSent> &i) {
  if (i.intent_type == "INVOICE_SENT")
    std::printf("invoice %d\n", i.payload.id);
}

void NodeShopEffect::log(const onex::ModelIntent<AuditEntry> &i) {
  if (i.intent_type == "AUDIT_ROTATED")
    std::printf("%s\n", i.payload.line.c_str());
}

void ShopOrchestrator::route(const std::vector<Intent> &intents) {
  for (const Intent &intent : intents)
    std::visit([](const auto &) {}, intent);
}

void replay_reminders(const onex::ModelIntent<Reminder> &r) {
  std::printf("remind %d\n", r.payload.days);
}

} // namespace shop
