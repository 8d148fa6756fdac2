#include <stdio.h>

off_t ftello64(FILE *);

off_t ftello64(FILE *f)
{
	return ftello(f);
}
