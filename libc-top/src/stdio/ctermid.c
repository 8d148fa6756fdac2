#include <stdio.h>

/* WASI has no controlling terminal, so there is no pathname to give:
   POSIX's answer for that case is the empty string, in s, or in a static
   buffer when s is a null pointer. */
char *ctermid(char *s)
{
	static char buf[L_ctermid];

	if (!s)
		s = buf;
	s[0] = 0;
	return s;
}
