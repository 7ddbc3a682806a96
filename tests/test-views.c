/* placeholder */
#include "dg-test.h"
int main (void) { return 77; }
