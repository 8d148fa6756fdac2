#include <errno.h>
#include <stdlib.h>
#include <wctype.h>
#include "scan_impl.h"
#include "strto_impl.h"
#include "wcsto_impl.h"

/* A number is written in ASCII only, so the run of ASCII characters after
   the white space holds all of it: that run is copied to bytes, one per
   character, for the strtod core, and the end it finds is the same count
   of characters into s. */
void __wcsto_float(const wchar_t *s, wchar_t **end, int type, void *dest)
{
	const wchar_t *p = s;
	while (iswspace((wint_t)*p))
		p++;
	size_t n = 0;
	while (p[n] > 0 && p[n] < 0x80)
		n++;
	char small[64], *b = small;
	if (n >= sizeof small && !(b = malloc(n + 1))) {
		/* No number read: 0, and the end at the start, with ENOMEM. */
		__decode_float("0", 1, type, dest);
		if (end)
			*end = (wchar_t *)s;
		errno = ENOMEM;
		return;
	}
	for (size_t i = 0; i < n; i++)
		b[i] = (char)p[i];
	b[n] = 0;
	char *stop;
	__strto_float(b, &stop, type, dest);
	if (end)
		*end = stop == b ? (wchar_t *)s : (wchar_t *)p + (stop - b);
	if (b != small)
		free(b);
}
