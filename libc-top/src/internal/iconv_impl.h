#ifndef ICONV_IMPL_H
#define ICONV_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include "libc.h"

/* The encodings iconv knows. Where glibc leaves byte order to the machine
   (UTF-16 and UTF-32 without a byte-order mark, UCS-2, WCHAR_T) it is
   little-endian, as wasm32 and glibc's common hosts are; UCS-4 is
   big-endian, as in glibc. */
enum {
	__ICONV_UTF8,
	__ICONV_UTF16,          /* BOM read and written */
	__ICONV_UTF16LE,
	__ICONV_UTF16BE,
	__ICONV_UTF32,          /* BOM read and written */
	__ICONV_UTF32LE,
	__ICONV_UTF32BE,
	__ICONV_UCS2LE,
	__ICONV_UCS2BE,
	__ICONV_UCS4LE,
	__ICONV_UCS4BE,
	__ICONV_LATIN1,
	__ICONV_ASCII,
};

#define __ICONV_TRANSLIT 1      /* unencodable characters become '?' */
#define __ICONV_IGNORE 2        /* unencodable and invalid input is skipped */

/* What an iconv_t points to. */
struct __iconv {
	unsigned char from, to, flags;
	/* The byte order UTF-16 or UTF-32 input turned out to have: 0 until
	   the first unit is read (a BOM decides, else little-endian), then
	   __ICONV_UTF16LE/BE or __ICONV_UTF32LE/BE. */
	unsigned char from_order;
	/* A BOM is owed before the next character written. */
	unsigned char bom_due;
};

/* "UTF-8", "latin1", ... without any "//" suffix: the encoding, or -1. */
hidden int __iconv_lookup(const char *name, size_t len);

/* Reads one character from the n > 0 bytes at s into *c. Returns the
   bytes used (a BOM is used with *c = -1, no character), 0 when s holds
   only the start of a character, or -k when its first k bytes are
   invalid. */
hidden int __iconv_decode(struct __iconv *cd, const unsigned char *s, size_t n, int32_t *c);

/* Writes c to the n bytes at s. Returns the bytes written, 0 when they do
   not fit, or -1 when the target encoding cannot represent c. */
hidden int __iconv_encode(int to, uint32_t c, unsigned char *s, size_t n);

#endif
