#include <stdio.h>

/* The name of the effective user (XSI, withdrawn in 2001). WASI has no
   users, so the name is never found: as SUSv2 says for that case, a null
   pointer when s is one, else an empty string in s. */
char *cuserid(char *s)
{
	if (s)
		s[0] = 0;
	return s;
}
