#include <errno.h>
#include <wctype.h>
#include "wcsto_impl.h"

static int digit_value(wchar_t c)
{
	if ((unsigned)c - '0' < 10)
		return c - '0';
	if (((unsigned)c | 32) - 'a' < 26)
		return (int)(((unsigned)c | 32) - 'a') + 10;
	return 99;
}

unsigned long long __wcsto_int(const wchar_t *s, wchar_t **end, int base, int *neg, int *over)
{
	const wchar_t *p = s;
	*neg = *over = 0;
	if (end)
		*end = (wchar_t *)s;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		return 0;
	}
	while (iswspace((wint_t)*p))
		p++;
	if (*p == '+' || *p == '-')
		*neg = *p++ == '-';
	/* A prefix counts only when a digit of its base follows it. */
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && digit_value(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	const wchar_t *first = p;
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
		*end = (wchar_t *)p;
	return m;
}
