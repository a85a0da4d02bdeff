#include <cstddef>
namespace arena {
// A node pool: its free list is bookkeeping, not state a reducer observes.
class Pool {
public:
  static void *get(std::size_t size);
  static void put(void *block);
};
} // namespace arena
