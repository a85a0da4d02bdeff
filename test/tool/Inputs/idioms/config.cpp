// Set at start-up by configure(), or never written at all.
const char *g_banner = "orders";
int g_limit = 10;
void configure(int limit) { g_limit = limit; }
