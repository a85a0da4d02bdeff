// A "platform" header whose inline function performs I/O internally. The
// finding must land on the user's call, naming the function it went into.
#pragma once
#include <cstdio>
namespace platform {
// Defined in the platform's library: no body here, and no rule names it.
int query(int key);
inline void flush_all() { std::fflush(nullptr); }
inline void report(const char *what) { std::fputs(what, stderr); }
inline int checksum(const char *s) {
  int sum = 0;
  while (*s)
    sum += *s++;
  return sum;
}
} // namespace platform
