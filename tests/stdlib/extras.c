/* Not portable: glibc's strtod_l needs a real locale object, and older
   glibc lacks arc4random. */
#define _GNU_SOURCE
#include <locale.h>
#include <stdlib.h>
#include "test.h"

int main(void)
{
	char *end;
	CHECK(strtod_l(STR("1.5x"), &end, (locale_t)0) == 1.5 && *end == 'x');
	CHECK(strtof_l(STR("0.1"), NULL, (locale_t)0) == 0.1f);
	CHECK(strtold_l(STR("0.1"), NULL, (locale_t)0) == 0.1L);

	unsigned seen_or = 0, seen_and = ~0u;
	for (int i = 0; i < 64; i++) {
		unsigned r = arc4random();
		seen_or |= r;
		seen_and &= r;
	}
	CHECK(seen_or == ~0u && seen_and == 0);
	int hist[5] = { 0 };
	for (int i = 0; i < 5000; i++) {
		unsigned r = arc4random_uniform(5);
		CHECK(r < 5);
		hist[r < 5 ? r : 0]++;
	}
	for (int i = 0; i < 5; i++)
		CHECK(hist[i] > 800 && hist[i] < 1200);
	CHECK_EQ(arc4random_uniform(0), 0);
	CHECK_EQ(arc4random_uniform(1), 0);
	unsigned char buf[1000] = { 0 };
	arc4random_buf(buf, sizeof buf);
	int zeros = 0;
	for (size_t i = 0; i < sizeof buf; i++)
		zeros += !buf[i];
	CHECK(zeros < 20);
	return test_done();
}
