// portable
/* The wcstol family on edge cases, against glibc: bases, prefixes,
   signs, overflow, and where parsing stops. long is 32 bits here and 64
   natively, so wcstol and wcstoul are checked against wcstoll, not
   printed. */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include "test.h"

intmax_t wcstoimax(const wchar_t *__restrict, wchar_t **__restrict, int);
uintmax_t wcstoumax(const wchar_t *__restrict, wchar_t **__restrict, int);

static const struct {
	const wchar_t *s;
	int base;
} cases[] = {
	{ L"0", 10 }, { L"  \t\n42xyz", 10 }, { L"-17", 10 }, { L"+9", 10 }, { L"", 10 },
	{ L"   ", 10 }, { L"-", 10 }, { L"+-1", 10 }, { L"0x1f", 16 }, { L"0X1F", 0 },
	{ L"0x", 16 }, { L"0xg", 0 }, { L"017", 0 }, { L"09", 0 }, { L"z", 36 }, { L"Zz", 36 },
	{ L"101", 2 }, { L"102", 2 }, { L"7", 1 }, { L"7", 37 }, { L"7", -1 },
	{ L"2147483647", 10 }, { L"2147483648", 10 }, { L"-2147483648", 10 },
	{ L"-2147483649", 10 }, { L"4294967295", 10 }, { L"4294967296", 10 },
	{ L"-4294967295", 10 }, { L"9223372036854775807", 10 }, { L"9223372036854775808", 10 },
	{ L"-9223372036854775808", 10 }, { L"-9223372036854775809", 10 },
	{ L"18446744073709551615", 10 }, { L"18446744073709551616", 10 },
	{ L"-18446744073709551615", 10 }, { L"99999999999999999999999999", 10 },
	{ L"0xffffffffffffffff", 0 }, { L"\xff15", 10 },
};

static const char *name(int e)
{
	return e == 0 ? "ok" : e == ERANGE ? "ERANGE" : e == EINVAL ? "EINVAL" : "?";
}

/* Where parsing stopped; glibc leaves the end pointer alone for a bad base. */
static ptrdiff_t stop(const wchar_t *e, const wchar_t *s, int err)
{
	return err == EINVAL ? -1 : e - s;
}

int main(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const wchar_t *s = (const wchar_t *)test_launder((void *)cases[i].s);
		int b = cases[i].base;
		wchar_t *e;
		printf("%2zu base %2d:", i, b);
		errno = 0;
		long long ll = wcstoll(s, &e, b);
		int ell = errno;
		ptrdiff_t nll = e - s;
		printf(" ll=%lld/%td/%s", ll, stop(e, s, ell), name(ell));
		errno = 0;
		unsigned long long ull = wcstoull(s, &e, b);
		int eull = errno;
		printf(" ull=%llu/%td/%s", ull, stop(e, s, eull), name(eull));
		errno = 0;
		intmax_t im = wcstoimax(s, NULL, b);
		uintmax_t um = wcstoumax(s, NULL, b);
		printf(" imax=%lld umax=%llu\n", (long long)im, (unsigned long long)um);

		errno = 0;
		long l = wcstol(s, &e, b);
		int el = errno;
		CHECK(el == EINVAL || e - s == nll);
		if (ell == 0 && ll >= LONG_MIN && ll <= LONG_MAX)
			CHECK(l == ll && el == 0);
		else if (ell != EINVAL)
			CHECK(l == (ll < 0 ? LONG_MIN : LONG_MAX) && el == ERANGE);
		else
			CHECK(el == EINVAL && l == 0);
		errno = 0;
		wcstoul(s, &e, b);
		CHECK(el == EINVAL || e - s == nll);
	}
	return test_done();
}
