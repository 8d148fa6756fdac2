#include <errno.h>
#include <stddef.h>
#include "scan_impl.h"
#include "strto_impl.h"

static int is_digit(unsigned char c, int hex)
{
	if (c - '0' < 10u)
		return 1;
	return hex && (c | 32) - 'a' < 6u;
}

/* The length of the case-insensitive word w at s, or 0. */
static size_t word(const char *s, const char *w)
{
	size_t i = 0;
	for (; w[i]; i++)
		if ((s[i] | 32) != w[i])
			return 0;
	return i;
}

/* Finds where the longest number at s ends, or returns s when there is
   none; the token between is what __decode_float reads. */
static const char *token_end(const char *s)
{
	const char *p = s;
	size_t n;

	if ((n = word(p, "infinity")) || (n = word(p, "inf")))
		return p + n;
	if (word(p, "nan")) {
		p += 3;
		if (*p == '(') {
			const char *q = p + 1;
			while (is_digit((unsigned char)*q, 0) || (unsigned)((*q | 32) - 'a') < 26u || *q == '_')
				q++;
			if (*q == ')')
				return q + 1;
		}
		return p;
	}
	int hex = p[0] == '0' && (p[1] | 32) == 'x'
		&& (is_digit((unsigned char)p[2], 1) || (p[2] == '.' && is_digit((unsigned char)p[3], 1)));
	if (hex)
		p += 2;
	const char *first = p;
	while (is_digit((unsigned char)*p, hex))
		p++;
	if (*p == '.')
		p++;
	while (is_digit((unsigned char)*p, hex))
		p++;
	if (p == first || (p == first + 1 && *first == '.'))
		return s;
	/* The exponent belongs to the number only when it has digits. */
	if ((*p | 32) == (hex ? 'p' : 'e')) {
		const char *e = p + 1;
		if (*e == '+' || *e == '-')
			e++;
		if (is_digit((unsigned char)*e, 0)) {
			while (is_digit((unsigned char)*e, 0))
				e++;
			p = e;
		}
	}
	return p;
}

void __strto_float(const char *s, char **end, int type, void *dest)
{
	const char *p = s;

	while (*p == ' ' || (unsigned)(*p - '\t') < 5u)
		p++;
	const char *sign = p;
	if (*p == '+' || *p == '-')
		p++;
	const char *stop = token_end(p);
	if (stop == p) {
		if (end)
			*end = (char *)s;
		__decode_float("0", 1, type, dest);
		return;
	}
	if (end)
		*end = (char *)stop;
	int err = __decode_float(sign, (size_t)(stop - sign), type, dest);
	if (err == ENOMEM)
		__decode_float("0", 1, type, dest);
	if (err)
		errno = err;
}
