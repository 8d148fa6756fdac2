#include <stdio.h>

int fseeko64(FILE *, off_t, int);

int fseeko64(FILE *f, off_t off, int whence)
{
	return fseeko(f, off, whence);
}
