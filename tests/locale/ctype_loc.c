// portable
/* glibc's ctype tables, which objects built against glibc-compatible
   headers read directly: the same classes, case maps and bit layout on
   both sides, over their whole index range, -128 to 255. */
#include <ctype.h>
#include <stdint.h>
#include "test.h"

#ifndef __GLIBC__
const unsigned short **__ctype_b_loc(void);
const int32_t **__ctype_tolower_loc(void);
const int32_t **__ctype_toupper_loc(void);
#endif

int main(void)
{
	const unsigned short *b = *__ctype_b_loc();
	const int32_t *lo = *__ctype_tolower_loc(), *up = *__ctype_toupper_loc();
	CHECK(__ctype_b_loc() == __ctype_b_loc());
	for (int c = -128; c < 256; c++)
		printf("%4d %04x %3d %3d\n", c, b[c], (int)lo[c], (int)up[c]);

	/* The bits mean what the classification functions say. */
	static const struct { unsigned short bit; int (*is)(int); } classes[] = {
		{ 0x100, isupper }, { 0x200, islower }, { 0x400, isalpha },
		{ 0x800, isdigit }, { 0x1000, isxdigit }, { 0x2000, isspace },
		{ 0x4000, isprint }, { 0x8000, isgraph }, { 0x1, isblank },
		{ 0x2, iscntrl }, { 0x4, ispunct }, { 0x8, isalnum },
	};
	for (int c = -1; c < 256; c++) {
		for (size_t k = 0; k < sizeof classes / sizeof *classes; k++)
			CHECK(!(b[c] & classes[k].bit) == !classes[k].is(NUM(c)));
		CHECK_EQ(lo[c], tolower(NUM(c)));
		CHECK_EQ(up[c], toupper(NUM(c)));
	}
	return test_done();
}
