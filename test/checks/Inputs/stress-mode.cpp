// Stress mode (ReducerFunctions: '.*') over code that calls the standard library.
#include <thread>
#include <vector>
#include <algorithm>

namespace app {
unsigned long who() { return std::hash<std::thread::id>()(std::this_thread::get_id()); }
int total(const std::vector<int> &v) { int t = 0; for (int x : v) t += x; return t; }
}
