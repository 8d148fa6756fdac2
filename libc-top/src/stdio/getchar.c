#include "stdio_impl.h"

int getchar(void)
{
	return fgetc(stdin);
}

weak_alias(getchar, getchar_unlocked);
