// portable
/* The drand48 family is fixed by POSIX, so its values print and must
   match glibc's; rand, random and rand_r are only checked for their
   contracts (range, repeatability after seeding, state switching). */
#include <stdio.h>
#include <stdlib.h>
#include "test.h"

int main(void)
{
	srand48(NUM(12345L));
	/* one call per statement: argument order is unspecified */
	for (int i = 0; i < 4; i++) {
		double d = drand48();
		long l = lrand48();
		printf("drand48 %.17g lrand48 %ld mrand48 %ld\n", d, l, mrand48());
	}
	unsigned short x[3] = { 1, 2, 3 };
	for (int i = 0; i < 3; i++) {
		double d = erand48(x);
		long l = nrand48(x);
		printf("erand48 %.17g nrand48 %ld jrand48 %ld\n", d, l, jrand48(x));
	}
	printf("x %u %u %u\n", x[0], x[1], x[2]);
	unsigned short s[3] = { 0x1111, 0x2222, 0x3333 };
	unsigned short *old = seed48(s);
	printf("seed48 old %04x %04x %04x, next %ld\n", old[0], old[1], old[2], lrand48());
	unsigned short p[7] = { 5, 6, 7, 3, 0, 0, 1 };
	lcong48(p);
	long l1 = lrand48();
	printf("lcong48 %ld %ld\n", l1, lrand48());
	srand48(NUM(-1L));
	printf("srand48(-1) %ld\n", mrand48());

	srand(7);
	int a[8];
	for (int i = 0; i < 8; i++) {
		a[i] = rand();
		CHECK(a[i] >= 0 && a[i] <= RAND_MAX);
	}
	srand(7);
	for (int i = 0; i < 8; i++)
		CHECK_EQ(rand(), a[i]);

	srandom(99);
	long r1 = random(), r2 = random();
	static char big[256], small[8], mid[64];
	char *prev = initstate(5, big, sizeof big);
	CHECK(prev != NULL);
	long b1 = random();
	initstate(5, small, sizeof small);
	long s1 = random();
	initstate(5, mid, sizeof mid);
	long m1 = random(), m2 = random();
	CHECK(setstate(big) == mid);
	long b2 = random();
	initstate(5, big, sizeof big);
	CHECK_EQ(random(), b1);
	CHECK_EQ(random(), b2);
	setstate(prev);
	srandom(99);
	CHECK_EQ(random(), r1);
	CHECK_EQ(random(), r2);
	CHECK(s1 >= 0 && m1 >= 0 && m2 >= 0 && b1 >= 0 && b1 <= RAND_MAX);
	CHECK(initstate(1, small, 7) == NULL);

	unsigned st = 1, st2 = 1;
	int hist[4] = { 0 };
	for (int i = 0; i < 4000; i++) {
		int v = rand_r(&st);
		CHECK(v >= 0 && v <= RAND_MAX);
		CHECK_EQ(v, rand_r(&st2));
		hist[v % 4]++;
	}
	for (int i = 0; i < 4; i++)
		CHECK(hist[i] > 800 && hist[i] < 1200);
	return test_done();
}
