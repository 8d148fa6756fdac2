#include "stdio_impl.h"

char *fgets(char *restrict s, int n, FILE *restrict f)
{
	if (n <= 0)
		return NULL;
	unsigned had_error = f->flags & F_ERR;
	int i = 0;
	while (i < n - 1) {
		int c = fgetc(f);
		if (c == EOF) {
			/* On a read error the array contents are indeterminate;
			   at end of file with nothing read they are unchanged. */
			if (i == 0 || (!had_error && (f->flags & F_ERR)))
				return NULL;
			break;
		}
		s[i++] = (char)c;
		if (c == '\n')
			break;
	}
	s[i] = 0;
	return s;
}

weak_alias(fgets, fgets_unlocked);
