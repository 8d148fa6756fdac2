#include <stdlib.h>

/* Out of range input is undefined behaviour for atoll; like atoi it
   accumulates negatively so that LLONG_MIN converts. */
long long atoll(const char *s)
{
	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	int negative = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	long long v = 0;
	for (; *s >= '0' && *s <= '9'; s++)
		v = 10 * v - (*s - '0');
	return negative ? v : -v;
}
