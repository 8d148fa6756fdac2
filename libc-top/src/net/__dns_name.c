#include <errno.h>
#include <string.h>
#include <arpa/nameser.h>
#include "net_impl.h"

/* RFC 1035 4.1.4: a name is a run of labels, each a length byte (at most
   63, so its top two bits are clear) and that many bytes, ended by the
   empty label or by a pointer: two bytes whose top two bits are set and
   whose other 14 are an offset from the start of the message to where the
   rest of the name is. The other two top-bit patterns (0x40, 0x80) were
   extended label types, since retired (RFC 6891): they are errors here. */

hidden int __dns_skipname(const unsigned char *p, const unsigned char *eom)
{
	const unsigned char *start = p;

	while (p < eom) {
		unsigned n = *p;
		if ((n & NS_CMPRSFLGS) == NS_CMPRSFLGS)
			return eom - p >= 2 ? p + 2 - start : -1;
		if (n & NS_CMPRSFLGS)
			break;
		if (n == 0)
			return p + 1 - start;
		/* The label and, after it, at least the next length byte. */
		if ((unsigned long)(eom - p) <= n + 1)
			break;
		p += n + 1;
	}
	return -1;
}

/* Master-file text (RFC 1035 5.1): bytes that would end or change the
   meaning of a label are quoted with a backslash, the rest that are not
   printable ASCII written \DDD in decimal. */
static char *put_byte(char *out, unsigned char c)
{
	if (c && strchr("\".;\\()@$", c)) {
		*out++ = '\\';
		*out++ = c;
	} else if (c <= ' ' || c >= 0x7f) {
		*out++ = '\\';
		*out++ = '0' + c / 100;
		*out++ = '0' + c / 10 % 10;
		*out++ = '0' + c % 10;
	} else {
		*out++ = c;
	}
	return out;
}

hidden int __dns_expand(const unsigned char *msg, const unsigned char *eom,
                        const unsigned char *src, char *dst, size_t size)
{
	/* A name is at most 255 bytes on the wire (RFC 1035 3.1); as text,
	   each byte takes at most four characters: NS_MAXDNAME holds any. */
	char text[NS_MAXDNAME];
	char *out = text;
	const unsigned char *p = src;
	long consumed = -1, jumps = 0, wire = 1;

	if (src < msg || src >= eom)
		goto bad;
	for (;;) {
		if (p >= eom)
			goto bad;
		unsigned n = *p;
		if ((n & NS_CMPRSFLGS) == NS_CMPRSFLGS) {
			if (eom - p < 2)
				goto bad;
			unsigned long off = (n & ~NS_CMPRSFLGS) << 8 | p[1];
			/* The name in the message ends at its first pointer. */
			if (consumed < 0)
				consumed = p + 2 - src;
			/* Pointers that loop would never end: a name cannot follow
			   more of them than the message has byte pairs. */
			if (off >= (unsigned long)(eom - msg) || ++jumps > (eom - msg) / 2)
				goto bad;
			p = msg + off;
			continue;
		}
		if (n & NS_CMPRSFLGS)
			goto bad;
		p++;
		if (n == 0)
			break;
		if ((unsigned long)(eom - p) < n)
			goto bad;
		wire += n + 1;
		if (wire > NS_MAXCDNAME)
			goto bad;
		if (out != text)
			*out++ = '.';
		for (unsigned i = 0; i < n; i++)
			out = put_byte(out, p[i]);
		p += n;
	}
	if (consumed < 0)
		consumed = p - src;
	/* The root, the name with no label, is written as a lone dot. */
	if (out == text)
		*out++ = '.';
	*out++ = 0;
	if ((size_t)(out - text) > size)
		goto bad;
	memcpy(dst, text, out - text);
	return consumed;
bad:
	errno = EMSGSIZE;
	return -1;
}
