/* The stack protector's guard, which code built with -fstack-protector
   compares on return, is random, drawn at start-up, with a zero low byte;
   __stack_chk_fail_local links for code built with -fPIC. */
#include <stdint.h>
#include <string.h>

#include "test.h"

extern uintptr_t __stack_chk_guard;
void __stack_chk_fail_local(void);

__attribute__((__noinline__)) static int copy(const char *s)
{
	char buf[16];

	strcpy(buf, s);
	return (int)strlen(buf);
}

int main(void)
{
	CHECK(__stack_chk_guard != 0);
	CHECK_EQ(__stack_chk_guard & 0xff, 0);
	CHECK_EQ(copy(STR("fits")), 4);
	CHECK(__stack_chk_fail_local != NULL);
	return test_done();
}
