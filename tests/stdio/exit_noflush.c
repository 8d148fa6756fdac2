// portable
/* _Exit ends the program without writing buffered output: only what was
   flushed before it reaches stdout. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	FILE *f = fdopen(1, "w");
	if (!f)
		return 1;
	printf("flushed\n");
	fflush(stdout);
	printf("still buffered, lost\n");
	fputs("also lost\n", f);
	_Exit(0);
}
