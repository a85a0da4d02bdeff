// The helper in another file: three I/O operations.
#include <cstdio>

void audit(int value) {
  std::FILE *f = std::fopen("audit.log", "a");
  std::fputs("change\n", f);
  std::fclose(f);
  (void)value;
}
