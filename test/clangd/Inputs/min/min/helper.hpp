// A bodiless declaration, as most project headers have.
int helper(int x);
