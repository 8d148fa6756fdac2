#include <string.h>
#include "format_impl.h"

void __fmt_flush(struct __fmt_out *o)
{
	if (o->len)
		o->sink->emit(o->sink, o->buf, o->len);
	o->len = 0;
}

void __fmt_emit(struct __fmt_out *o, const char *s, size_t n)
{
	o->total += n;
	if (n > sizeof o->buf - o->len) {
		__fmt_flush(o);
		if (n >= sizeof o->buf) {
			o->sink->emit(o->sink, s, n);
			return;
		}
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

void __fmt_pad(struct __fmt_out *o, char c, size_t n)
{
	static const char spaces[32] = "                                ";
	static const char zeros[32] = "00000000000000000000000000000000";
	const char *run = c == '0' ? zeros : spaces;
	while (n) {
		size_t k = n < sizeof spaces ? n : sizeof spaces;
		__fmt_emit(o, run, k);
		n -= k;
	}
}
