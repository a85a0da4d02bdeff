// A pure helper the reducer calls from another file.
int next_count(int count) { return count + 1; }
