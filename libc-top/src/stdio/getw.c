#include "stdio_impl.h"

/* An int as it lies in memory; EOF is also a valid word, so callers tell
   the two apart with feof and ferror. */
int getw(FILE *f)
{
	int w;
	return fread(&w, sizeof w, 1, f) == 1 ? w : EOF;
}
