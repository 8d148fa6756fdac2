// portable
/* __cxa_finalize(NULL) runs every registered exit handler now, newest
   first; exit() then has none left to run. */
#include <stdio.h>
#include <stdlib.h>

void __cxa_finalize(void *);

static void one(void)
{
	printf("handler one\n");
}

static void two(void)
{
	printf("handler two\n");
}

int main(void)
{
	atexit(one);
	atexit(two);
	printf("finalize\n");
	__cxa_finalize(NULL);
	printf("main returns\n");
	return 0;
}
