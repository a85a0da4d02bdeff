// The documented "must not be flagged" list: allocation, exceptions,
// assert, math, std algorithms and containers, formatting into memory
// (std::format's reference implementation, {fmt}), constants, locals.
// RUN: %onex-tidy %s -- %onex-flags | FileCheck %s --allow-empty --implicit-check-not="{{warning|note|error}}:"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "onex/purity.hpp"

struct OrderState : onex::BaseModel {
  std::map<std::string, int> quantities;
  std::vector<double> prices;
};

constexpr double kTaxRate = 0.2;
const std::string kCurrency = "EUR";

class NodeOrderReducer : public onex::NodeReducer {
public:
  OrderState execute(OrderState state, const std::string &sku, int qty) const {
    assert(qty != 0);
    if (qty < -1000)
      throw std::invalid_argument("quantity");
    state.quantities[sku] += qty;
    state.prices.push_back(std::sqrt(static_cast<double>(qty * qty)));
    std::sort(state.prices.begin(), state.prices.end());
    double total = std::accumulate(state.prices.begin(), state.prices.end(), 0.0);
    total *= 1.0 + kTaxRate;
    auto label = fmt::format("{} {:.2f} {}", sku, total, kCurrency);
    auto owned = std::make_unique<std::string>(label);
    auto shared = std::make_shared<std::vector<int>>(3, 1);
    std::unordered_map<std::string, std::variant<int, double>> scratch;
    scratch.emplace(*owned, total);
    std::optional<int> maybe = shared->empty() ? std::nullopt : std::optional<int>(1);
    std::string text = std::to_string(maybe.value_or(0));
    state.quantities.emplace(text, static_cast<int>(std::max(total, 0.0)));
    return state;
  }
};
