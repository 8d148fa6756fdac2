// portable
// args: world
// env: GREETING=hello
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	const char *greeting = getenv("GREETING");
	if (argc < 2 || !greeting)
		return 1;
	printf("%d %s\n", argc, argv[1]);
	printf("%s, %s!\n", greeting, argv[1]);
	return 0;
}
