// portable
// exit: 42
#include <stdio.h>
#include <stdlib.h>

static void inner(int status)
{
	printf("leaving from inner");
	exit(status);
}

static void outer(int status)
{
	inner(status);
	printf("never printed\n");
}

int main(int argc, char **argv)
{
	(void)argv;
	printf("start\n");
	outer(argc + 41);
	return 0;
}
