// portable
// exit: 3
#include <stdio.h>
#include <stdlib.h>

static void handler(void)
{
	printf("atexit handler must not run\n");
}

int main(void)
{
	atexit(handler);
	printf("flushed explicitly\n");
	fflush(stdout);
	/* no newline, so not even a line-buffered stdout would write this */
	printf("lost: _Exit does not flush");
	_Exit(3);
}
