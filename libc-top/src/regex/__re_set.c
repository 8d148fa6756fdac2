#include <string.h>
#include <wctype.h>
#include "regex_impl.h"

/* The twelve classes every locale has, in the order of their bits. */
static const char names[][7] = {
	"alnum", "alpha", "blank", "cntrl", "digit", "graph",
	"lower", "print", "punct", "space", "upper", "xdigit",
};

int __re_class_lookup(const char *s, size_t n)
{
	for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
		if (strlen(names[i]) == n && !memcmp(names[i], s, n))
			return i;
	return -1;
}

int __re_class_test(int k, uint32_t c)
{
	if (c >= RE_RAWBYTE)
		return 0;
	switch (k) {
	case 0: return iswalnum(c);
	case 1: return iswalpha(c);
	case 2: return iswblank(c);
	case 3: return iswcntrl(c);
	case 4: return iswdigit(c);
	case 5: return iswgraph(c);
	case 6: return iswlower(c);
	case 7: return iswprint(c);
	case 8: return iswpunct(c);
	case 9: return iswspace(c);
	case 10: return iswupper(c);
	default: return iswxdigit(c);
	}
}

static int test_one(const struct __re_set *s, uint32_t c)
{
	for (int i = 0; i < s->nranges; i++)
		if (c >= s->ranges[i].lo && c <= s->ranges[i].hi)
			return 1;
	for (int k = 0; s->classes >> k; k++)
		if ((s->classes >> k & 1) && __re_class_test(k, c))
			return 1;
	return 0;
}

/* With icase, a character is in the set when either of its cases is. */
int __re_set_test(const struct __re_set *s, uint32_t c, int icase)
{
	int in = test_one(s, c);

	if (!in && icase && c < RE_RAWBYTE)
		in = test_one(s, towlower(c)) || test_one(s, towupper(c));
	return in != s->neg;
}
