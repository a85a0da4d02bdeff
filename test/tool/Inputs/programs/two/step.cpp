#include <cstdlib>
int step(int x) { return x + std::rand(); }
