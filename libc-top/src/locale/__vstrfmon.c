#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "locale_impl.h"

/* A decimal number from the format, or -1 when none is there. */
static int number(const char **f)
{
	if (**f < '0' || **f > '9')
		return -1;
	int n = 0;
	for (; **f >= '0' && **f <= '9'; ++*f)
		n = n > (INT_MAX - 9) / 10 ? INT_MAX : n * 10 + (**f - '0');
	return n;
}

/* One conversion: its flags, sizes and the value, written in the C
   locale's conventions (every locale of ours has them): no currency
   symbol, '.' as the radix, two digits after it, no grouping, '-' before
   a negative value. Returns the bytes written, or -1. */
struct spec {
	char fill, paren, left;
	int width, lprec, rprec;
};

static ssize_t convert(char *s, size_t room, const struct spec *p, double v)
{
	int neg = v < 0;
	int n = snprintf(NULL, 0, "%.*f", p->rprec, fabs(v));
	if (n < 0)
		return -1;
	const char *pre = neg ? (p->paren ? "(" : "-") : "";
	const char *post = neg && p->paren ? ")" : "";
	/* With a left precision a positive value keeps the sign's place. */
	size_t npre = p->lprec >= 0 ? 1 : strlen(pre), npost = strlen(post);
	size_t nint = n - (p->rprec ? p->rprec + 1 : 0);
	size_t nfill = p->lprec > 0 && (size_t)p->lprec > nint ? p->lprec - nint : 0;
	size_t len = npre + nfill + n + npost;
	size_t pad = p->width > 0 && (size_t)p->width > len ? p->width - len : 0;
	if (len + pad >= room) {
		errno = E2BIG;
		return -1;
	}
	char *o = s;
	if (!p->left)
		o = (char *)memset(o, ' ', pad) + pad;
	memset(o, ' ', npre);
	memcpy(o, pre, strlen(pre));
	o += npre;
	o = (char *)memset(o, p->fill, nfill) + nfill;
	o += snprintf(o, n + 1, "%.*f", p->rprec, fabs(v));
	o = (char *)memcpy(o, post, npost) + npost;
	if (p->left)
		o = (char *)memset(o, ' ', pad) + pad;
	return o - s;
}

ssize_t __vstrfmon(char *s, size_t max, const char *f, va_list ap)
{
	size_t w = 0;
	for (;;) {
		if (w >= max) {
			errno = E2BIG;
			return -1;
		}
		if (*f != '%' || f[1] == '%') {
			if (!(s[w++] = *f))
				return w - 1;
			f += 1 + (*f == '%');
			continue;
		}
		f++;
		struct spec p = { ' ', 0, 0, -1, -1, 2 };
		int sign = 0;
		for (;; f++) {
			if (*f == '=' && f[1]) {
				p.fill = *++f;
			} else if (*f == '+' || *f == '(') {
				/* One way of showing the sign, given once. */
				if (sign)
					goto inval;
				sign = 1;
				p.paren = *f == '(';
			} else if (*f == '-') {
				p.left = 1;
			} else if (*f != '^' && *f != '!') {
				/* No grouping and no currency symbol already. */
				break;
			}
		}
		p.width = number(&f);
		if (*f == '#') {
			f++;
			if ((p.lprec = number(&f)) < 0)
				goto inval;
		}
		if (*f == '.') {
			f++;
			if ((p.rprec = number(&f)) < 0)
				goto inval;
		}
		if (*f != 'i' && *f != 'n')
			goto inval;
		f++;
		ssize_t k = convert(s + w, max - w, &p, va_arg(ap, double));
		if (k < 0)
			return -1;
		w += k;
	}
inval:
	errno = EINVAL;
	return -1;
}
