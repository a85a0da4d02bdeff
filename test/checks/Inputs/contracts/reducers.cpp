#include "contracts.hpp"

namespace shop {

namespace {
onex::ModelIntent<InvoiceSent> invoice(const Order &o) {
  return onex::ModelIntent<InvoiceSent>{kInvoiceSent, "mail", {{}, o.id}};
}
// Nothing reaches it: what it builds is not emitted.
onex::ModelIntent<RefundIssued> refund_nobody_calls(const Order &o) {
  return {"REFUND_ISSUED", "bank", {{}, o.id}};
}
} // namespace

std::vector<Intent> NodeShopReducer::reduce(const Order &o) const {
  std::vector<Intent> out;
  out.push_back(onex::ModelIntent<OrderPlaced>{"ORDER_PLACED", "bus", {{}, o.id}});
  out.push_back(onex::ModelIntent<StockReserved>{"STOCK_RESERVED", "store", {{}, o.sku}});
  out.push_back(invoice(o));
  out.push_back(onex::ModelIntent<InvoiceSent>{"INVOICE_" + o.channel, "mail", {{}, o.id}});
  return out;
}

TaskIntent<Shipment> NodeShopReducer::ship(const Order &o) const {
  return {TaskKind::Ship, {{}, o.id}};
}

TaskIntent<Shipment> NodeShopReducer::cancel(const Order &o) const {
  return {TaskKind::Cancel, {{}, o.id}};
}

onex::ModelIntent<AuditEntry> NodeShopReducer::audit(const Order &o) const {
  return {"AUDIT_LOGGED", "log", {{}, "order"}}; // NOLINT(onex-intent-unhandled): the audit service outside this program executes it
}

onex::ModelIntent<Reminder> NodeShopReducer::remind(const Order &o) const {
  return {"REMIND", "mail", {{}, 3}};
}

} // namespace shop
