// portable
/* scanf and fscanf on stdin, which the test runner leaves empty: an input
   failure before any conversion gives EOF, and sets the end-of-file
   indicator. */
#include <stdio.h>
#include "test.h"

int main(void)
{
	int a = 7;
	printf("%d %d\n", scanf(STR("%d"), &a), a);
	printf("%d\n", fscanf(stdin, STR(" %c"), (char *)&a));
	printf("eof %d error %d\n", feof(stdin) != 0, ferror(stdin) != 0);
	return test_done();
}
