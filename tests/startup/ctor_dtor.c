// portable
/* Constructors run before main in priority order; destructors run at exit,
   after handlers that main registered, in the reverse order. */
#include <stdio.h>
#include <stdlib.h>

static int step;

__attribute__((constructor(102))) static void ctor_102(void)
{
	printf("ctor 102 (step %d)\n", step++);
}

__attribute__((constructor(101))) static void ctor_101(void)
{
	printf("ctor 101 (step %d)\n", step++);
}

__attribute__((constructor)) static void ctor_default(void)
{
	printf("ctor default (step %d)\n", step++);
}

__attribute__((destructor(101))) static void dtor_101(void)
{
	printf("dtor 101 (step %d)\n", step++);
}

__attribute__((destructor(102))) static void dtor_102(void)
{
	printf("dtor 102 (step %d)\n", step++);
}

__attribute__((destructor)) static void dtor_default(void)
{
	printf("dtor default (step %d)\n", step++);
}

static void from_main(void)
{
	printf("atexit from main (step %d)\n", step++);
}

int main(void)
{
	printf("main (step %d)\n", step++);
	atexit(from_main);
	return 0;
}
