#include "billing.hpp"
#include <cstdio>

namespace billing {

Outbox NodeBillingReducer::reduce(const Order &o) const {
  Outbox out;
  out.charges.push_back({"CHARGE", "card", {{}, o.cents}});
  out.receipts.push_back({SEND_RECEIPT, "mailer", {{}, o.email}});
  return out;
}

void NodeBillingEffect::execute(const Outbox &out) {
  for (const auto &c : out.charges)
    std::printf("charge %d\n", c.payload.cents);
}

void NodeBillingEffect::refund(const onex::ModelIntent<Refund> &r) {
  std::printf("refund %d\n", r.payload.cents);
}

} // namespace billing
