// portable
/* Handlers run newest first, after main returns, before stdout is flushed;
   one registered while handlers run runs too; more than 32 work. */
#include <stdio.h>
#include <stdlib.h>

static int counter;

static void late(void)
{
	printf("late handler, registered during exit\n");
}

static void first(void)
{
	printf("first registered, runs last; output still flushed");
}

static void second(void)
{
	printf("second registered\n");
	atexit(late);
}

static void third(void)
{
	printf("third registered, runs first\n");
}

static void many(void)
{
	printf("%d%s", counter, counter % 10 == 1 ? "\n" : " ");
	counter--;
}

int main(void)
{
	if (atexit(first) || atexit(second))
		return 1;
	for (int i = 0; i < 40; i++)
		if (atexit(many))
			return 1;
	counter = 40;
	if (atexit(third))
		return 1;
	printf("main returns (no newline yet, stdout buffered) ");
	return 0;
}
