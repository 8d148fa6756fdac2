// portable
/* A differential table: every combination of flags, width and precision
   over each integer conversion and every length modifier, checked against
   glibc's output. Each line shows the format and what it produced for a
   few values, with snprintf's return value. */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static char out[128];

static void show_int(const char *fmt, int v)
{
	int n = snprintf(out, sizeof out, fmt, v);
	printf("[%s]%d", out, n);
	CHECK_EQ(n, (long long)strlen(out));
}

static void show_uint(const char *fmt, unsigned v)
{
	int n = snprintf(out, sizeof out, fmt, v);
	printf("[%s]%d", out, n);
	CHECK_EQ(n, (long long)strlen(out));
}

static void table(void)
{
	static const char *const flags[] = { "-", "+", " ", "0", "#" };
	static const char *const widths[] = { "", "1", "7" };
	static const char *const precs[] = { "", ".", ".0", ".1", ".4" };
	static const char convs[] = "diuoxX";
	static const int ivals[] = { 0, 1, -1, 42, -42, 123456, INT_MAX, INT_MIN };
	static const unsigned uvals[] = { 0, 1, 8, 42, 0xbeef, 123456, UINT_MAX };

	for (const char *c = convs; *c; c++) {
		int is_signed = *c == 'd' || *c == 'i';
		for (unsigned set = 0; set < 32; set++) {
			/* '#' is undefined for d, i and u */
			if ((set & 16) && (is_signed || *c == 'u'))
				continue;
			for (size_t w = 0; w < sizeof widths / sizeof *widths; w++) {
				for (size_t p = 0; p < sizeof precs / sizeof *precs; p++) {
					char fmt[32] = "%";
					for (int b = 0; b < 5; b++)
						if (set & (1u << b))
							strcat(fmt, flags[b]);
					strcat(fmt, widths[w]);
					strcat(fmt, precs[p]);
					size_t len = strlen(fmt);
					fmt[len] = *c;
					fmt[len + 1] = 0;
					printf("%s:", fmt);
					if (is_signed)
						for (size_t i = 0; i < sizeof ivals / sizeof *ivals; i++)
							show_int(fmt, NUM(ivals[i]));
					else
						for (size_t i = 0; i < sizeof uvals / sizeof *uvals; i++)
							show_uint(fmt, NUM(uvals[i]));
					printf("\n");
				}
			}
		}
	}
}

static void lengths(void)
{
	printf("%hhd %hhd %hhd %hhu %hhx\n", NUM(127), NUM(128), NUM(300), NUM(-1), NUM(0x1ff));
	printf("%hd %hd %hu %ho %hX\n", NUM(32767), NUM(70000), NUM(-1), NUM(65535), NUM(0x12345));
	printf("%ld %ld %lu %lx\n", NUM(0L), NUM(-123456789L), NUM(4000000000UL), NUM(0xdeadbeefUL));
	printf("%lld %lld %llu %llx %llo\n", NUM(LLONG_MAX), NUM(LLONG_MIN), NUM(ULLONG_MAX),
	       NUM(0x0123456789abcdefULL), NUM(01777777777777777777777ULL));
	printf("%jd %jd %ju %jx\n", NUM(INTMAX_MAX), NUM(INTMAX_MIN), NUM(UINTMAX_MAX), NUM((uintmax_t)255));
	printf("%zu %zx %zd %zd\n", NUM((size_t)123456), NUM((size_t)0xabc), NUM((size_t)42), NUM((size_t)0));
	printf("%td %td %tx\n", NUM((ptrdiff_t)-5), NUM((ptrdiff_t)99999), NUM((ptrdiff_t)4096));
	printf("%+lld|% lld|%020lld|%-20lld|%.25lld\n", NUM(LLONG_MIN), NUM(1LL), NUM(-77LL), NUM(-77LL), NUM(5LL));
	printf("%#llx|%#llo|%#20.18llX\n", NUM(ULLONG_MAX), NUM(ULLONG_MAX), NUM(0xabcULL));
}

static void stars(void)
{
	printf("[%*d][%-*d][%*d][%.*d][%.*d][%*.*d]\n", NUM(6), 42, NUM(6), 42, NUM(-6), 42,
	       NUM(5), 42, NUM(-5), 42, NUM(8), NUM(4), -42);
	printf(STR("[%0*d][%0.*d][%*s][%.*s][%-*c]\n"), NUM(6), -3, NUM(0), 0, NUM(4), STR("ab"),
	       NUM(3), STR("abcdef"), NUM(3), 'z');
}

static void others(void)
{
	char pre[8];
	printf("[%c][%3c][%-3c][%c]\n", 'a', 'b', 'c', NUM(0x141));
	printf("[%s][%8s][%-8s][%.2s][%8.3s][%-8.0s][%.10s]\n", STR("str"), STR("str"), STR("str"),
	       STR("str"), STR("string"), STR("str"), STR("short"));
	memcpy(pre, "abcdefgh", 8); /* not terminated: the precision must stop the read */
	printf("[%.8s][%.3s]\n", pre, pre);
	printf("[%%][100%%][%%%d%%]\n", 5);
	int n1 = -1, n2 = -1;
	signed char hn = -1;
	short sn = -1;
	long ln = -1;
	long long lln = -1;
	size_t zn = 0;
	printf("abc%n%s%n|", &n1, STR("defgh"), &n2);
	printf("xy%hhn%hn%ln%lln%zn\n", &hn, &sn, &ln, &lln, &zn);
	printf("n: %d %d %d %d %ld %lld %zu\n", n1, n2, hn, sn, ln, lln, zn);
	CHECK_EQ(n1, 3);
	CHECK_EQ(n2, 8);
	int r = printf("%s=%d\n", STR("ret"), NUM(12345));
	CHECK_EQ(r, 10);
	CHECK_EQ(printf("%s", STR("")), 0);
	CHECK_EQ(printf("%5s|\n", STR("")), 7);
}

int main(void)
{
	table();
	lengths();
	stars();
	others();
	return test_done();
}
