#include <string.h>
#include "format_impl.h"

const char __fmt_pairs[201] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

void __fmt_flush(struct __fmt_out *o)
{
	if (o->len)
		o->sink->emit(o->sink, o->buf, o->len);
	o->len = 0;
}

/* A piece that does not fit in what is left of the buffer. */
void __fmt_emit_long(struct __fmt_out *o, const char *s, size_t n)
{
	o->total += n;
	__fmt_flush(o);
	if (n >= sizeof o->buf) {
		o->sink->emit(o->sink, s, n);
		return;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

void __fmt_pad_run(struct __fmt_out *o, char c, size_t n)
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
