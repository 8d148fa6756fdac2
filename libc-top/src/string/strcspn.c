#include <string.h>

char *__strchrnul(const char *, int);

/* The length of the leading run of bytes that are not in set. */
size_t strcspn(const char *s, const char *set)
{
	if (!set[0] || !set[1])
		return (size_t)(__strchrnul(s, set[0]) - s);
	/* '\0' is in the set, so the scan stops at the end of s. */
	unsigned char in[32] = { 1 };
	for (const unsigned char *p = (const void *)set; *p; p++)
		in[*p >> 3] |= (unsigned char)(1u << (*p & 7));
	const unsigned char *q = (const void *)s;
	while (!(in[*q >> 3] & (1u << (*q & 7))))
		q++;
	return (size_t)(q - (const unsigned char *)s);
}
