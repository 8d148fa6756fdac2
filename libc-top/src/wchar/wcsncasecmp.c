#include <wchar.h>
#include <wctype.h>

int wcsncasecmp(const wchar_t *l, const wchar_t *r, size_t n)
{
	for (; n; n--, l++, r++) {
		wint_t a = towlower((wint_t)*l), b = towlower((wint_t)*r);
		if (a != b)
			return a < b ? -1 : 1;
		if (!*l)
			break;
	}
	return 0;
}
