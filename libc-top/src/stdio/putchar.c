#include "stdio_impl.h"

int putchar(int c)
{
	return fputc(c, stdout);
}

weak_alias(putchar, putchar_unlocked);
