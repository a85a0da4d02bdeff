#include <cstdio>
static int helper(int x) { return std::printf("%d\n", x); }
int util_b(int x) { return helper(x); }
