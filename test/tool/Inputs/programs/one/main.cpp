int step(int);
int main() { return step(1); }
