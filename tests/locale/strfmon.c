// portable
/* strfmon and strfmon_l in the C locale: every flag, widths, left and
   right precisions over a spread of values; malformed conversions and
   buffers too small. */
#define _GNU_SOURCE
#include <locale.h>
#include <monetary.h>
#include <string.h>
#include "test.h"

static const char *const formats[] = {
	"%n", "%i", "%10n", "%-10n", "%#5n", "%=*#5n", "%=0#5n", "%.0n", "%.3n",
	"%+n", "%(n", "%!n", "%^n", "%(#5n", "%-#5.1n", "%20#5.2n", "%#3.0i",
	"%%n", "%#0n", "%.10n", "%!(n", "%-(10n", "%=x#8.2n", "%+#5n",
	"%(!#5.1i", "%1n", "%^#8n", "%#2n", "%=a10n", "%^=*#5n", "%(-#5n",
	"%#5.0n", "%-n", "%#05n", "%0n", "<%n>", "a%%b %n c",
};
static const double values[] = {
	0, 1.5, -1.5, 123.456, -98765.4321, 1e10, -0.001, 0.005, 2.675, -2.5,
};
static const char *const invalid[] = {
	"%q", "%5", "%#n", "%.n", "%=n", "%10#3(n", "%++n", "%(+n", "%+(n",
	"%1.n", "%n%", "%5%", "% n", "%",
};

int main(void)
{
	char buf[64];
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
		printf("%-10s", formats[i]);
		for (size_t j = 0; j < sizeof values / sizeof *values; j++) {
			ssize_t r = strfmon(buf, sizeof buf, STR(formats[i]), values[j]);
			CHECK_EQ(r, (ssize_t)strlen(buf));
			printf(" [%s]", buf);
		}
		printf("\n");
	}
	for (size_t i = 0; i < sizeof invalid / sizeof *invalid; i++) {
		errno = 0;
		CHECK(strfmon(buf, sizeof buf, STR(invalid[i]), 1.0) == -1 && ERRNO == EINVAL);
	}

	/* The terminating null must fit too. */
	CHECK_EQ(strfmon(buf, 5, STR("%n"), 1.0), 4);
	CHECK(strcmp(buf, "1.00") == 0);
	CHECK_EQ(strfmon(buf, 4, STR("%n"), 1.0), -1);
	CHECK_EQ(strfmon(buf, 4, STR("%n"), 12345.0), -1);
	CHECK_EQ(strfmon(buf, 4, STR("abc"), 1.0), 3);
	CHECK_EQ(strfmon(buf, 4, STR("abcd"), 1.0), -1);
	CHECK_EQ(strfmon(buf, 20, STR("%n %n|%i"), 1.0, -2.0, 3.25), 15);
	CHECK(strcmp(buf, "1.00 -2.00|3.25") == 0);

	locale_t loc = newlocale(LC_ALL_MASK, "C.UTF-8", NULL);
	CHECK(loc != NULL);
	CHECK_EQ(strfmon_l(buf, sizeof buf, loc, STR("%(#5n|%-8i|"), -12.5, 7.0), 20);
	CHECK(strcmp(buf, "(   12.50)|7.00    |") == 0);
	freelocale(loc);
	return test_done();
}
