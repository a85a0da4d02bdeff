#pragma once
#include <vector>
struct Order {
  int total = 0;
  std::vector<int> lines;
};
// Defined in helpers.cpp.
void add_line(Order &o, int line);
int count_lines(const Order &o);
