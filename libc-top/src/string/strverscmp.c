#include <string.h>

static int digit(unsigned char c)
{
	return c - '0' < 10u;
}

/* Like strcmp, except where the strings first differ inside a run of
   digits. A run starting with '1'-'9' is an integer and compares by value
   (the longer run is bigger). A run starting with '0' is a fraction and
   compares byte by byte, except that while only zeros have been seen the
   string whose run goes on is the smaller: "000" < "00" < "01" < "0". */
int strverscmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;
	size_t i = 0;
	while (l[i] == r[i]) {
		if (!l[i])
			return 0;
		i++;
	}
	size_t start = i;
	while (start && digit(l[start - 1]))
		start--;
	int dl = digit(l[i]), dr = digit(r[i]);

	if (start == i) {
		if (!(dl && dr && l[i] != '0' && r[i] != '0'))
			return l[i] - r[i];
	} else if (l[start] != '0') {
		if (dl != dr)
			return dl ? 1 : -1;
		if (!dl)
			return l[i] - r[i];
	} else {
		size_t z = start;
		while (z < i && l[z] == '0')
			z++;
		if (z == i && dl != dr)
			return dl ? -1 : 1;
		return l[i] - r[i];
	}

	/* Two integers differing at i: the longer is the bigger. */
	size_t j = i;
	while (digit(l[j]) && digit(r[j]))
		j++;
	if (digit(l[j]))
		return 1;
	if (digit(r[j]))
		return -1;
	return l[i] - r[i];
}
