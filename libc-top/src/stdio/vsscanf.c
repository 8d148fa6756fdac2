#include "scan_impl.h"

struct string_src {
	struct __scan_src base;
	const unsigned char *p;
};

static int get(struct __scan_src *base)
{
	struct string_src *s = (struct string_src *)base;
	return *s->p ? *s->p++ : EOF;
}

static void unget(struct __scan_src *base, int c)
{
	(void)c;
	((struct string_src *)base)->p--;
}

int vsscanf(const char *restrict str, const char *restrict fmt, va_list ap)
{
	struct string_src s = { { get, unget, 0 }, (const unsigned char *)str };
	return __vscan(&s.base, fmt, ap);
}

weak_alias(vsscanf, __isoc99_vsscanf);
