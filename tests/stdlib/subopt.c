// portable
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	static const long values[] = { 0, 1, 2, 63, 64, 4095, 4096, 123456789, -1, -123456789,
				       0x7fffffff, (long)-0x7fffffff - 1 };
	for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
		long v = NUM(values[i]);
		char *s = l64a(v);
		/* the low 32 bits: glibc does not sign-extend a 64-bit long */
		printf("l64a(%ld) = \"%s\", a64l back %u\n", v, s, (unsigned)a64l(s));
	}
	printf("a64l(\"zz1\") = %ld, a64l(\"\") = %ld, a64l(\"a!b\") = %ld\n",
	       a64l(STR("zz1")), a64l(STR("")), a64l(STR("a!b")));

	char *const keys[] = { "ro", "rw", "size", "mode", NULL };
	char line[] = "ro,size=10,bogus=1,,mode=,rw,sizes";
	char *opt = line, *value;
	while (*opt) {
		int i = getsubopt(&opt, keys, &value);
		printf("getsubopt %d value %s rest \"%s\"\n", i, value ? value : "(null)", opt);
	}
	return test_done();
}
