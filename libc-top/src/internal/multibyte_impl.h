#ifndef MULTIBYTE_IMPL_H
#define MULTIBYTE_IMPL_H

#include <wchar.h>
#include "libc.h"

/* UTF-8 is the only multibyte encoding. An mbstate_t in the middle of a
   character holds, in __opaque1, the bits decoded so far shifted left by 3
   over the count of continuation bytes still wanted, and in __opaque2 the
   range the next byte must fall in (low | high << 8): that range is what
   rules out overlong forms, surrogates and values above U+10FFFF, all of
   which show in the first continuation byte. Between characters
   __opaque1 is 0, and __opaque2 holds the low surrogate that mbrtoc16
   still owes, or 0. */

static inline unsigned mb_wanted(const mbstate_t *st)
{
	return st->__opaque1 & 7;
}

#define UTF8_MAX 4

#endif
