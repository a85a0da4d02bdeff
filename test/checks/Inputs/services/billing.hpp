// Two services: billing (this program) and a mailer that runs in another
// process behind a message bus. Billing's reducer emits a charge, which
// its own effect executes, and a receipt, which the mailer executes; its
// effect also handles refunds, which only the mailer's side emits.
#pragma once
#include "onex/purity.hpp"
#include <string>
#include <vector>

namespace billing {

struct Charge : onex::BaseModel { int cents = 0; };
struct Receipt : onex::BaseModel { std::string to; };
struct Refund : onex::BaseModel { int cents = 0; };

inline constexpr char SEND_RECEIPT[] = "SEND_RECEIPT";

struct Outbox {
  std::vector<onex::ModelIntent<Charge>> charges;
  std::vector<onex::ModelIntent<Receipt>> receipts; // For the mailer.
};

struct Order {
  int cents = 0;
  std::string email;
};

class NodeBillingReducer : public onex::NodeReducer {
public:
  Outbox reduce(const Order &o) const;
};

class NodeBillingEffect : public onex::NodeEffect {
public:
  void execute(const Outbox &out);
  void refund(const onex::ModelIntent<Refund> &r);
};

} // namespace billing
