// The I/O side, reached from the reducer in reducer.cpp through save().
#include "store.hpp"
#include <onex/purity.hpp>
#include <cstdio>

static void write_line(std::FILE *f, int value) {
  std::fprintf(f, "%d\n", value); // NOLINT(onex-purity-io): goes to the audited file
}

void save(int value) {
  std::FILE *f = std::fopen("state.txt", "a");
  write_line(f, value);
}

ONEX_ALLOW_IMPURE("audit trail, reviewed in #42")
void audit(int value) { std::printf("audit %d\n", value); }
