#include <wctype.h>
#include "wctype_impl.h"

static int (*const tests[CLASS_COUNT])(wint_t) = {
	iswalnum, iswalpha, iswblank, iswcntrl, iswdigit, iswgraph,
	iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit,
};

/* 0, what wctype() returns for an unknown name, matches nothing. */
int iswctype(wint_t c, wctype_t t)
{
	return t - 1 < CLASS_COUNT ? tests[t - 1](c) : 0;
}
