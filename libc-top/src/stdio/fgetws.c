#include "stdio_impl.h"

/* As fgets, in characters. An encoding error, like a read error, leaves
   the array indeterminate and returns NULL. */
wchar_t *fgetws(wchar_t *restrict s, int n, FILE *restrict f)
{
	if (n <= 0 || !__stdio_orient(f, 1))
		return NULL;
	size_t room = (size_t)n - 1, i = 0, len;
	unsigned had_error = f->flags & F_ERR;
	while (i < room) {
		wint_t c = __stdio_getwc(f, &len);
		if (c == (wint_t)WEOF) {
			if (i == 0 || (!had_error && (f->flags & F_ERR)))
				return NULL;
			break;
		}
		s[i++] = (wchar_t)c;
		if (c == '\n')
			break;
	}
	s[i] = 0;
	return s;
}

weak_alias(fgetws, fgetws_unlocked);
