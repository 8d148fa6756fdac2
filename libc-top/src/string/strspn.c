#include <string.h>

/* The length of the leading run of bytes that are in set. */
size_t strspn(const char *s, const char *set)
{
	unsigned char in[32] = { 0 };
	const unsigned char *p = (const void *)set;
	if (!p[0])
		return 0;
	if (!p[1]) {
		size_t n = 0;
		while (s[n] == set[0])
			n++;
		return n;
	}
	for (; *p; p++)
		in[*p >> 3] |= (unsigned char)(1u << (*p & 7));
	const unsigned char *q = (const void *)s;
	while (in[*q >> 3] & (1u << (*q & 7)))
		q++;
	return (size_t)(q - (const unsigned char *)s);
}
