#include <stdio.h>

int main(int argc, char **argv)
{
	(void)argv;
	int n = argc * 21;
	printf("%d\n", n);
	return 0;
}
