//===- StableSort.h - Stable sort without a temporary buffer -----*- C++
//-*-===//
//
// std::stable_sort in Debian's libstdc++ 12 calls get_temporary_buffer, which
// Clang 22 reports as deprecated in C++20. Output order must not depend on the
// sort's stability guarantees anyway, so this sorts positions with the
// original position as the final tie-breaker and then moves the items once.
//
//===----------------------------------------------------------------------===//

#ifndef ONEX_CHECKER_STABLESORT_H
#define ONEX_CHECKER_STABLESORT_H

#include "llvm/ADT/STLExtras.h"
#include <numeric>
#include <vector>

namespace onex {

/// Sorts Items by Before; items that compare equal keep their order.
template <typename T, typename LessThan>
void stableSort(std::vector<T> &Items, LessThan Before) {
  std::vector<size_t> Order(Items.size());
  std::iota(Order.begin(), Order.end(), size_t(0));
  llvm::sort(Order, [&](size_t A, size_t B) {
    if (Before(Items[A], Items[B]))
      return true;
    if (Before(Items[B], Items[A]))
      return false;
    return A < B;
  });
  std::vector<T> Sorted;
  Sorted.reserve(Items.size());
  for (size_t I : Order)
    Sorted.push_back(std::move(Items[I]));
  Items = std::move(Sorted);
}

} // namespace onex

#endif // ONEX_CHECKER_STABLESORT_H
