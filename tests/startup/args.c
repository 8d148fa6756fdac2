// portable
// args: one two   three 4 -5 --flag=x
#include <string.h>
#include "test.h"

int main(int argc, char **argv)
{
	CHECK_EQ(argc, 7);
	CHECK(argv[argc] == NULL);
	CHECK(argv[0] != NULL);
	for (int i = 1; i < argc; i++)
		printf("argv[%d] = \"%s\" (%zu)\n", i, argv[i], strlen(argv[i]));
	CHECK(strcmp(argv[3], "three") == 0);
	CHECK(strcmp(argv[6], "--flag=x") == 0);
	return test_done();
}
