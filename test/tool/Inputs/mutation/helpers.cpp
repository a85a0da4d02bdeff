#include "order.hpp"
void add_line(Order &o, int line) { o.lines.push_back(line); }
int count_lines(const Order &o) { return static_cast<int>(o.lines.size()); }
