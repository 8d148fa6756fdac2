#include <stdlib.h>

/* Accumulates negatively so that INT_MIN converts without overflow. Out of
   range input is undefined behaviour for atoi, so it is not detected. */
int atoi(const char *s)
{
	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	int negative = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	int v = 0;
	for (; *s >= '0' && *s <= '9'; s++)
		v = 10 * v - (*s - '0');
	return negative ? v : -v;
}
