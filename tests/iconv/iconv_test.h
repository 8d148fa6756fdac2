/* Helpers for the iconv tests: run one conversion and print what it did,
   so that the portable tests compare every byte and pointer with glibc. */
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include "test.h"

static const char *ename(int r, int e)
{
	if (r != -1)
		return "-";
	return e == EILSEQ ? "EILSEQ" : e == EINVAL ? "EINVAL" : e == E2BIG ? "E2BIG" : "other";
}

/* Converts n bytes of in with cd into out (room for cap bytes); prints
   the result, errno, how far both pointers moved and the bytes written,
   and checks that the pointers and counts moved together. Returns the
   bytes written. */
static size_t run(iconv_t cd, const char *tag, const char *in, size_t n, char *out, size_t cap)
{
	char *ip = (char *)in, *op = out;
	size_t il = n, ol = cap;
	errno = 0;
	size_t r = iconv(cd, &ip, &il, &op, &ol);
	int e = ERRNO;
	CHECK_EQ(ip - in + il, n);
	CHECK_EQ(op - out + ol, cap);
	printf("%s: %ld %s in+%ld out", tag, (long)r, ename((long)r, e), (long)(ip - in));
	for (char *p = out; p < op; p++)
		printf(" %02x", (unsigned char)*p);
	printf("\n");
	return op - out;
}

/* One conversion on a fresh descriptor. */
static size_t conv(const char *to, const char *from, const char *in, size_t n, char *out, size_t cap)
{
	char tag[80];
	snprintf(tag, sizeof tag, "%s<-%s", to, from);
	iconv_t cd = iconv_open(to, from);
	CHECK(cd != (iconv_t)-1);
	if (cd == (iconv_t)-1)
		return 0;
	size_t w = run(cd, tag, in, n, out, cap);
	CHECK_EQ(iconv_close(cd), 0);
	return w;
}
