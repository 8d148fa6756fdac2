#include <stdio.h>

int fgetpos64(FILE *__restrict, fpos_t *__restrict);

int fgetpos64(FILE *__restrict f, fpos_t *__restrict pos)
{
	return fgetpos(f, pos);
}
