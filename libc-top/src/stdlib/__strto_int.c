#include <errno.h>
#include "strto_impl.h"

static int digit_value(unsigned char c)
{
	if (c - '0' < 10u)
		return c - '0';
	if ((c | 32) - 'a' < 26u)
		return (c | 32) - 'a' + 10;
	return 99;
}

unsigned long long __strto_int(const char *s, char **end, int base, int *neg, int *over)
{
	const unsigned char *p = (const unsigned char *)s;
	*neg = *over = 0;
	if (end)
		*end = (char *)s;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		return 0;
	}
	while (*p == ' ' || *p - '\t' < 5u)
		p++;
	if (*p == '+' || *p == '-')
		*neg = *p++ == '-';
	/* A prefix counts only when a digit of its base follows it; otherwise
	   the "0" alone is the number. */
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && digit_value(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	const unsigned char *first = p;
	unsigned long long m = 0;
	for (int d; (d = digit_value(*p)) < base; p++) {
		if (*over || __builtin_mul_overflow(m, (unsigned)base, &m)
		    || __builtin_add_overflow(m, (unsigned)d, &m)) {
			*over = 1;
			m = ~0ull;
		}
	}
	if (p == first) {
		*neg = 0;
		return 0;
	}
	if (end)
		*end = (char *)p;
	return m;
}
