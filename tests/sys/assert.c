// portable
// exit: 134
/* A failed assert reports on stderr and aborts, through __assert_fail,
   the entry point that objects compiled against wasi-libc's <assert.h>
   (and glibc's) call. */
#include <assert.h>
#include <stdio.h>

int main(void)
{
	volatile int two = 2;

	assert(two == 2);
	printf("a true assertion passes\n");
	fflush(stdout);
	assert(two == 3);
	printf("not reached\n");
	return 0;
}
