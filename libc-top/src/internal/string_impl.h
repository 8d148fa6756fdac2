#ifndef STRING_IMPL_H
#define STRING_IMPL_H

#include <stddef.h>
#include <stdint.h>

/* Word-at-a-time scanning. A load of an aligned 8-byte word never crosses
   a 64 KiB page of linear memory, so reading a whole word around the last
   byte of a string is as safe as reading that byte. */

typedef uint64_t __attribute__((__may_alias__)) word_t;

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* Nonzero when some byte of w is zero; the lowest set 0x80 bit marks the
   first (lowest-addressed) zero byte, though higher marks may be false. */
static inline uint64_t zero_byte(uint64_t w)
{
	return (w - ONES) & ~w & HIGHS;
}

/* Index of the byte the lowest mark of zero_byte() points at. */
static inline size_t first_marked(uint64_t mask)
{
	return (size_t)__builtin_ctzll(mask) >> 3;
}

/* The case folding of strcasecmp and its relatives. Every locale here
   folds only ASCII letters (the bytes of a UTF-8 character are all >= 0x80
   and fold to themselves). */
static inline int __ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

#endif
