// Every way of marking a reducer, and the options that change them.
// RUN: %onex-tidy %s -- %onex-flags \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not="{{warning|note|error}}:"
// RUN: %onex-tidy %s --config="{CheckOptions: {ReducerFunctions: '^app::reduce_', ReducerBaseClasses: '::app::LegacyReducerBase', ReducerNamePattern: '^Fold[A-Za-z]*$'}}" -- %onex-flags \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not="{{warning|note|error}}:"

#include <cstdio>

#include "onex/purity.hpp"

namespace app {

// 1. The annotation, on a class or on a function.
class ONEX_REDUCER InventoryReducer {
public:
  void apply() { std::puts("annotated class"); }
  // DEFAULT: :[[@LINE-1]]:18: warning: call to 'puts' performs I/O (stdio); in reducer 'app::InventoryReducer::apply' [onex-purity-io]
  // CUSTOM: :[[@LINE-2]]:18: warning: call to 'puts' performs I/O (stdio); in reducer 'app::InventoryReducer::apply' [onex-purity-io]
};

ONEX_REDUCER int reduce_annotated() { return std::puts("annotated function"); }
// DEFAULT: :[[@LINE-1]]:46: warning: call to 'puts' performs I/O (stdio); in reducer 'app::reduce_annotated' [onex-purity-io]
// CUSTOM: :[[@LINE-2]]:46: warning: call to 'puts' performs I/O (stdio); in reducer 'app::reduce_annotated' [onex-purity-io]

// 2. A base class, directly or indirectly.
class BaseReducer : public onex::NodeReducer {};
class PricingReducer : public BaseReducer {
public:
  // Constructors are entry points too.
  PricingReducer() { std::puts("constructed"); }
  // DEFAULT: :[[@LINE-1]]:22: warning: call to 'puts' performs I/O (stdio); in reducer 'app::PricingReducer::PricingReducer' [onex-purity-io]
  // (With custom options, onex::NodeReducer is no longer a reducer base.)
};

class LegacyReducerBase {};
class TaxCalculator : public LegacyReducerBase {
public:
  void apply() { std::puts("custom base"); }
  // CUSTOM: :[[@LINE-1]]:18: warning: call to 'puts' performs I/O (stdio); in reducer 'app::TaxCalculator::apply' [onex-purity-io]
};

// 3. The ONEX naming convention (ReducerNamePattern).
class NodeShippingReducer {
public:
  void apply() { std::puts("by name"); }
  // DEFAULT: :[[@LINE-1]]:18: warning: call to 'puts' performs I/O (stdio); in reducer 'app::NodeShippingReducer::apply' [onex-purity-io]
};

class FoldTotals {
public:
  void apply() { std::puts("custom name"); }
  // CUSTOM: :[[@LINE-1]]:18: warning: call to 'puts' performs I/O (stdio); in reducer 'app::FoldTotals::apply' [onex-purity-io]
};

// 4. A function name (ReducerFunctions, empty by default).
int reduce_orders(int n) { return n + std::puts("by function name"); }
// CUSTOM: :[[@LINE-1]]:39: warning: call to 'puts' performs I/O (stdio); in reducer 'app::reduce_orders' [onex-purity-io]

// ONEX_PURE functions are entry points too.
ONEX_PURE int normalize(int x) { return x + std::puts("pure function"); }
// DEFAULT: :[[@LINE-1]]:45: warning: call to 'puts' performs I/O (stdio); in pure function 'app::normalize' [onex-purity-io]
// CUSTOM: :[[@LINE-2]]:45: warning: call to 'puts' performs I/O (stdio); in pure function 'app::normalize' [onex-purity-io]

// A class template reducer: its instantiated members are analysed.
template <class T> class NodeGenericReducer : public onex::NodeReducer {
public:
  T apply(T v) {
    std::printf("%d\n", static_cast<int>(v));
    // DEFAULT: :[[@LINE-1]]:5: warning: call to 'printf' performs I/O (stdio); in reducer 'app::NodeGenericReducer::apply' [onex-purity-io]
    return v;
  }
};
template class NodeGenericReducer<int>;

// None of these is a reducer.
class ReportPrinter {
public:
  void print() { std::puts("not a reducer"); }
};
int reducer_count() { return std::puts("name does not match"); }

} // namespace app
