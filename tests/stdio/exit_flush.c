// portable
/* exit writes what every stream still holds, not only stdout's: here a
   second stream on descriptor 1, fully buffered because the test's output
   is not a terminal. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	FILE *f = fdopen(1, "w");
	if (!f)
		return 1;
	fputs("second stream, written at exit\n", f);
	exit(0);
}
