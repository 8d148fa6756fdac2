#include <errno.h>
#include <iconv.h>
#include "iconv_impl.h"

/* A byte-order mark in the target encoding, when one is owed. */
static int bom(struct __iconv *cd, unsigned char *s, size_t n)
{
	if (!cd->bom_due)
		return 0;
	int w = __iconv_encode(cd->to, 0xfeff, s, n);
	if (w > 0)
		cd->bom_due = 0;
	return w;
}

size_t iconv(iconv_t h, char **__restrict inbuf, size_t *__restrict inleft,
             char **__restrict outbuf, size_t *__restrict outleft)
{
	struct __iconv *cd = h;
	if (h == (iconv_t)-1) {
		errno = EBADF;
		return -1;
	}
	/* No input: back to the initial shift state. None of our encodings
	   has shift sequences to write, but a BOM is owed again. */
	if (!inbuf || !*inbuf) {
		cd->bom_due = cd->to == __ICONV_UTF16 || cd->to == __ICONV_UTF32;
		return 0;
	}
	const unsigned char *in = (const unsigned char *)*inbuf;
	unsigned char *out = (unsigned char *)*outbuf;
	size_t ni = *inleft, no = *outleft, irreversible = 0;
	int err = 0, skipped = 0;
	while (ni) {
		int32_t c;
		int r = __iconv_decode(cd, in, ni, &c);
		if (r <= 0) {
			if (r < 0 && (cd->flags & __ICONV_IGNORE)) {
				size_t bad = -r;
				skipped = 1;
				in += bad;
				ni -= bad;
				continue;
			}
			err = r ? EILSEQ : EINVAL;
			break;
		}
		if (c < 0) {
			in += r;
			ni -= r;
			continue;
		}
		int b = bom(cd, out, no);
		if (b == 0 && cd->bom_due) {
			err = E2BIG;
			break;
		}
		out += b;
		no -= b;
		int w = __iconv_encode(cd->to, c, out, no);
		if (w < 0) {
			if (cd->flags & __ICONV_TRANSLIT) {
				w = __iconv_encode(cd->to, '?', out, no);
				irreversible += w > 0;
			} else if (cd->flags & __ICONV_IGNORE) {
				skipped = 1;
				in += r;
				ni -= r;
				continue;
			} else {
				err = EILSEQ;
				break;
			}
		}
		if (w == 0) {
			err = E2BIG;
			break;
		}
		in += r;
		ni -= r;
		out += w;
		no -= w;
	}
	*inbuf = (char *)in;
	*inleft = ni;
	*outbuf = (char *)out;
	*outleft = no;
	/* Like glibc: input skipped under //IGNORE still makes the call fail
	   with EILSEQ, after converting everything else. */
	if (!err && skipped)
		err = EILSEQ;
	if (err) {
		errno = err;
		return -1;
	}
	return irreversible;
}
