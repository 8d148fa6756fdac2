// portable
// exit: 7
#include <stdio.h>

int main(void)
{
	/* no newline: only the flush at exit can make this appear */
	printf("returning %d", 7);
	return 7;
}
