#include "format_impl.h"

/* %a %A: [-]0xh.hhhp±d, with one hex digit before the point that is 1 for
   normal values and 0 for subnormals and zero, the exponent in decimal. */

static const char *sign_of(const struct __fmt_spec *s, const struct __fp *fp)
{
	return fp->sign ? "-" : (s->flags & FL_PLUS) ? "+" : (s->flags & FL_SPACE) ? " " : "";
}

int __fmt_hexfloat(struct __fmt_out *o, const struct __fmt_spec *s, const struct __fp *fp)
{
	const char *xdigit = s->conv == 'A' ? "0123456789ABCDEF" : "0123456789abcdef";
	int fb = fp->frac_bits;
	int nd = fb / 4;
	unsigned char dig[28];
	int lead = 0, exp = 0;

	if (fp->kind == FP_FINITE) {
		int hi_bit = fb - 64; /* the leading bit's place in hi, if there */
		if (hi_bit >= 0) {
			lead = (int)(fp->hi >> hi_bit) & 1;
		} else {
			lead = (int)(fp->lo >> fb) & 1;
		}
		exp = fp->exp2 + fb;
	}
	for (int i = 0; i < nd; i++) {
		int bit = fb - 4 * (i + 1);  /* lowest bit of digit i */
		uint64_t v = bit >= 64 ? fp->hi >> (bit - 64)
			   : bit > 60 ? (fp->lo >> bit) | (fp->hi << (64 - bit))
			   : fp->lo >> bit;
		dig[i] = fp->kind == FP_FINITE ? (unsigned char)(v & 15) : 0;
	}

	int prec = s->prec;
	if (prec < 0) {
		prec = nd;
		while (prec && !dig[prec - 1])
			prec--;
	} else if (prec < nd) {
		int first = dig[prec];
		int sticky = 0;
		for (int i = prec + 1; i < nd; i++)
			sticky |= dig[i];
		int last = prec ? dig[prec - 1] : lead;
		if (first > 8 || (first == 8 && (sticky || (last & 1)))) {
			int i = prec - 1;
			for (; i >= 0 && dig[i] == 15; i--)
				dig[i] = 0;
			if (i >= 0)
				dig[i]++;
			else
				lead++;  /* shown as 0x2p+e, not renormalised */
		}
	}

	char ebuf[8], tmp[8];
	int en = 0, tn = 0;
	unsigned ax = exp < 0 ? (unsigned)-exp : (unsigned)exp;
	do {
		tmp[tn++] = (char)('0' + ax % 10);
		ax /= 10;
	} while (ax);
	ebuf[en++] = s->conv == 'A' ? 'P' : 'p';
	ebuf[en++] = exp < 0 ? '-' : '+';
	while (tn)
		ebuf[en++] = tmp[--tn];

	if (fp->kind == FP_INF || fp->kind == FP_NAN) {
		struct __fmt_spec e = *s;
		e.conv = s->conv == 'A' ? 'E' : 'e';
		return __fmt_float(o, &e, fp);
	}

	const char *sign = sign_of(s, fp);
	size_t nsign = *sign != 0;
	int point = prec > 0 || (s->flags & FL_ALT);
	size_t len = nsign + 3 + (size_t)point + (size_t)prec + (size_t)en;
	size_t width = s->width > 0 ? (size_t)s->width : 0;
	size_t fill = width > len ? width - len : 0;
	if (!(s->flags & (FL_MINUS | FL_ZERO)))
		__fmt_pad(o, ' ', fill);
	__fmt_emit(o, sign, nsign);
	__fmt_emit(o, s->conv == 'A' ? "0X" : "0x", 2);
	if ((s->flags & FL_ZERO) && !(s->flags & FL_MINUS))
		__fmt_pad(o, '0', fill);
	char c = xdigit[lead];
	__fmt_emit(o, &c, 1);
	if (point)
		__fmt_emit(o, ".", 1);
	char buf[28];
	int shown = prec < nd ? prec : nd;
	for (int i = 0; i < shown; i++)
		buf[i] = xdigit[dig[i]];
	__fmt_emit(o, buf, (size_t)shown);
	__fmt_pad(o, '0', (size_t)(prec - shown));
	__fmt_emit(o, ebuf, (size_t)en);
	if (s->flags & FL_MINUS)
		__fmt_pad(o, ' ', fill);
	return 0;
}
