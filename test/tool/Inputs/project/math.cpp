#include "store.hpp"

int bump(int value) { return value + 1; }
