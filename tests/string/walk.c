// portable
/* The string functions against naive versions written here, at every
   alignment of each argument and every length up to 70, with bytes from
   the whole range, so that word-at-a-time code meets every edge. */
#include <string.h>
#include <strings.h>
#include "test.h"

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static size_t n_strlen(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static int n_memcmp(const unsigned char *a, const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

static int n_strcmp(const unsigned char *a, const unsigned char *b)
{
	size_t i = 0;
	while (a[i] && a[i] == b[i])
		i++;
	return a[i] == b[i] ? 0 : a[i] < b[i] ? -1 : 1;
}

static unsigned char A[160], B[160];
static unsigned state = 7;

static unsigned char byte(void)
{
	state = state * 1103515245u + 12345u;
	unsigned v = (state >> 16) & 0xff;
	/* mostly a few letters so that runs match, sometimes anything */
	return (unsigned char)((v & 3) ? "ab\x80\xff"[(v >> 2) & 3] : v | 1);
}

int main(void)
{
	long bad = 0;
	for (int round = 0; round < 3; round++) {
		for (size_t a = 0; a < 8; a++) {
			for (size_t b = 0; b < 8; b++) {
				for (size_t n = 0; n < 70; n++) {
					for (size_t i = 0; i < sizeof A; i++)
						A[i] = B[i] = byte();
					unsigned char *x = A + a, *y = B + b;
					memcpy(y, x, n);
					x[n] = y[n] = 0;
					/* differ at a random place, or not at all */
					size_t d = n ? byte() % (n + 1) : 0;
					if (d < n && round)
						y[d] = byte();
					const char *sx = (char *)x, *sy = (char *)y;

					if (strlen(sx) != n_strlen(sx))
						bad++;
					if (sign(memcmp(x, y, n)) != n_memcmp(x, y, n))
						bad++;
					if (sign(strcmp(sx, sy)) != n_strcmp(x, y))
						bad++;
					if (sign(strncmp(sx, sy, d)) != sign(n_strcmp(x, y)) &&
					    n_memcmp(x, y, d) != 0 && n_strlen(sx) >= d)
						bad++;
					unsigned char c = x[d];
					unsigned char *m = memchr(x, c, n + 1);
					size_t k = 0;
					while (k < n + 1 && x[k] != c)
						k++;
					if (m != x + k)
						bad++;
					char *s = strchr(sx, c);
					size_t e = n_strlen(sx);
					k = 0;
					while (k < e && x[k] != c)
						k++;
					if (s != (x[k] == c ? sx + k : NULL))
						bad++;
					char *rs = strrchr(sx, c);
					size_t last = (size_t)-1;
					for (k = 0; k <= e; k++)
						if (x[k] == c)
							last = k;
					if (rs != (last == (size_t)-1 ? NULL : sx + last))
						bad++;
					if (sign(strcasecmp(sx, sy)) != sign(strcasecmp(sy, sx)) * -1)
						bad++;
				}
			}
		}
	}
	CHECK_EQ(bad, 0);
	return test_done();
}
