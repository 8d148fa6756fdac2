// portable
/* iconv as a streaming program uses it: input fed in small pieces, the
   incomplete tail (EINVAL) carried into the next piece, and a small
   output buffer drained after each E2BIG. Every way of cutting gives the
   one-shot result. */
#include "iconv_test.h"

static const char text[] =
	"Az \xc3\xa9\xc3\xbf \xe4\xb8\xad\xef\xbf\xbd \xf0\x9f\x98\x80\xf4\x8f\xbf\xbf!";

/* Converts n bytes of in, chunk bytes at a time through a cap-byte output
   buffer; returns the length of the result in res, or -1. */
static long pieces(const char *to, const char *from, const char *in, size_t n,
                   size_t chunk, size_t cap, char *res)
{
	iconv_t cd = iconv_open(to, from);
	if (cd == (iconv_t)-1)
		return -1;
	char pend[512], small[256];
	size_t npend = 0, done = 0;
	long total = 0;
	while (done < n || npend) {
		size_t take = n - done < chunk ? n - done : chunk;
		memcpy(pend + npend, in + done, take);
		done += take;
		npend += take;
		char *ip = pend;
		size_t il = npend;
		for (;;) {
			char *op = small;
			size_t ol = cap;
			size_t r = iconv(cd, &ip, &il, &op, &ol);
			memcpy(res + total, small, op - small);
			total += op - small;
			if (r != (size_t)-1)
				break;
			if (ERRNO == E2BIG)
				continue;
			if (ERRNO != EINVAL || done == n)
				total = -1;
			break;
		}
		if (total < 0 || (done == n && il))
			break;
		memmove(pend, ip, il);
		npend = il;
	}
	iconv_close(cd);
	return total;
}

int main(void)
{
	static const char *const encs[] = { "UTF-16", "UTF-16BE", "UTF-32", "UCS-4", "UTF-8" };
	char mid[256], once[256], res[256];
	for (size_t e = 0; e < sizeof encs / sizeof *encs; e++) {
		long m = pieces(encs[e], "UTF-8", text, sizeof text - 1, 1000, 200, mid);
		CHECK(m > 0);
		long o = pieces("UTF-8", encs[e], mid, m, 1000, 200, once);
		CHECK(o == (long)sizeof text - 1 && !memcmp(once, text, sizeof text - 1));
		printf("%s: %ld bytes:", encs[e], m);
		for (long i = 0; i < m; i++)
			printf(" %02x", (unsigned char)mid[i]);
		printf("\n");
		for (size_t chunk = 1; chunk <= 9; chunk++) {
			for (size_t cap = 4; cap <= 9; cap++) {
				long k = pieces(encs[e], "UTF-8", text, sizeof text - 1, chunk, cap, res);
				CHECK(k == m && m > 0 && !memcmp(res, mid, m));
				k = pieces("UTF-8", encs[e], mid, m, chunk, cap, res);
				CHECK(k == o && o > 0 && !memcmp(res, once, o));
			}
		}
	}
	return test_done();
}
