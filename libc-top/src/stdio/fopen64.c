#include <stdio.h>

/* The large-file names (here and in the other *64.c): off_t and fpos_t
   already hold 64-bit offsets, so each is its plain counterpart. */
FILE *fopen64(const char *__restrict, const char *__restrict);

FILE *fopen64(const char *__restrict path, const char *__restrict mode)
{
	return fopen(path, mode);
}
