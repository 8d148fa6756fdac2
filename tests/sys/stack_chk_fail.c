// portable
// exit: 134
/* The stack protector's failure call aborts the program. */
#include <stdio.h>

void __stack_chk_fail(void);

int main(void)
{
	printf("before\n");
	fflush(stdout);
	__stack_chk_fail();
	printf("not reached\n");
	return 0;
}
