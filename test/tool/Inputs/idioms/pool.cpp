#include "pool.hpp"
#include <cstdlib>
namespace {
struct Block {
  Block *next;
};
Block *free_list = nullptr;
} // namespace
namespace arena {
void *Pool::get(std::size_t size) {
  if (Block *b = free_list) {
    free_list = b->next;
    return b;
  }
  return std::malloc(size < sizeof(Block) ? sizeof(Block) : size);
}
void Pool::put(void *block) {
  auto *b = static_cast<Block *>(block);
  b->next = free_list;
  free_list = b;
}
} // namespace arena
