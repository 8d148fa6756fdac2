#include <stdio.h>

int getc(FILE *f)
{
	return fgetc(f);
}
