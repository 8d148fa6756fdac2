/* Floating-point results glibc cannot be the oracle for: %La (binary128
   here, x87's 80-bit format natively), values beyond double's range at
   full width, huge precisions, and the %#g cases glibc gets wrong (C17
   7.21.6.1 keeps trailing zeros under '#'). */
#include <float.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static char big[20000];

static void show(const char *fmt, long double v)
{
	int n = snprintf(big, sizeof big, STR(fmt), v);
	printf("%-8s [%s] %d\n", fmt, big, n);
	CHECK_EQ(n, (long long)strlen(big));
}

static void show_d(const char *fmt, double v)
{
	int n = snprintf(big, sizeof big, STR(fmt), v);
	printf("%-8s [%s] %d\n", fmt, big, n);
	CHECK_EQ(n, (long long)strlen(big));
}

static void ends_d(const char *fmt, double v)
{
	int n = snprintf(big, sizeof big, STR(fmt), v);
	printf("%-8s %d [%.24s ... %s]\n", fmt, n, big, n > 24 ? big + n - 24 : "");
	CHECK_EQ(n, (long long)strlen(big));
}

/* For results too long to show: the length, the head and the tail. */
static void ends(const char *fmt, long double v)
{
	int n = snprintf(big, sizeof big, STR(fmt), v);
	printf("%-8s %d [%.24s ... %s]\n", fmt, n, big, n > 24 ? big + n - 24 : "");
	CHECK_EQ(n, (long long)strlen(big));
}

int main(void)
{
	show("%La", 1.0L);
	show("%La", -3.0L);
	show("%LA", 0.1L);
	show("%.3La", 0.1L);
	show("%.0La", 1.5L);
	show("%.0La", 2.5L);
	show("%La", LDBL_MAX);
	show("%La", LDBL_MIN);
	show("%La", LDBL_TRUE_MIN);
	show("%La", 0.0L);
	show("%#La", 1.0L);
	show("%La", LDBL_EPSILON);
	show("%.40Le", 0.1L);
	show("%.36Lg", 0.1L);
	show("%Lg", LDBL_MAX);
	show("%Le", LDBL_TRUE_MIN);
	show("%.50Le", LDBL_TRUE_MIN);
	show("%Lg", 1e4000L);
	show("%.3Lf", 1e-4000L);

	/* '#' keeps the trailing zeros, also when rounding carries */
	show_d("%#.2g", 99.5);
	show_d("%#g", 999999.5);
	show_d("%#.3G", 9.9996e-10);

	ends_d("%.1100f", DBL_TRUE_MIN);
	ends_d("%.760e", DBL_TRUE_MIN);
	ends_d("%f", DBL_MAX);
	ends("%Lf", LDBL_MAX);
	ends("%.16500Lf", LDBL_TRUE_MIN);
	ends("%.11600Le", LDBL_TRUE_MIN);
	ends_d("%.5000g", 0.1);
	ends_d("%#.5000g", 0.1);
	ends_d("%12000.3f", -1.0);
	return test_done();
}
