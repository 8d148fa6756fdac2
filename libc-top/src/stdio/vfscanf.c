#include "scan_impl.h"

/* Bytes come from the stream's buffer, so the one byte the core gives
   back is always still there: pushing it back is stepping back. */
struct file_src {
	struct __scan_src base;
	FILE *f;
};

static int get(struct __scan_src *base)
{
	return fgetc(((struct file_src *)base)->f);
}

static void unget(struct __scan_src *base, int c)
{
	(void)c;
	((struct file_src *)base)->f->rpos--;
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	if (!__stdio_orient(f, -1))
		return EOF;
	struct file_src s = { { get, unget, 0 }, f };
	return __vscan(&s.base, fmt, ap);
}

weak_alias(vfscanf, __isoc99_vfscanf);
