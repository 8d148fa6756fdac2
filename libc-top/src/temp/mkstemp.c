#include <stdlib.h>

int mkostemp(char *, int);

int mkstemp(char *template)
{
	return mkostemp(template, 0);
}
