// portable
// exit: 3
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void first(void) { write(1, "first\n", 6); }
static void second(void) { write(1, "second\n", 7); }
static void never(void) { write(1, "atexit ran\n", 11); }

int main(void)
{
	atexit(never);
	if (at_quick_exit(first) || at_quick_exit(second))
		return 1;
	printf("buffered, never flushed");
	quick_exit(3);
}
