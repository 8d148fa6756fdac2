/* glibc's ctype.h classifies through this table, so objects compiled
   against glibc-compatible headers call it. It is indexed from -128 (a
   signed char) to 255; only ASCII has classes in the C locale. The bits are
   glibc's on a little-endian machine: class n of its list (upper, lower,
   alpha, digit, xdigit, space, print, graph, blank, cntrl, punct, alnum)
   is 1 << n stored with its two bytes swapped. */
#define UPPER 0x100
#define LOWER 0x200
#define ALPHA 0x400
#define DIGIT 0x800
#define XDIGIT 0x1000
#define SPACE 0x2000
#define PRINT 0x4000
#define GRAPH 0x8000
#define BLANK 0x1
#define CNTRL 0x2
#define PUNCT 0x4
#define ALNUM 0x8

#define IS_UP(c) ((c) >= 'A' && (c) <= 'Z')
#define IS_LO(c) ((c) >= 'a' && (c) <= 'z')
#define IS_DI(c) ((c) >= '0' && (c) <= '9')
#define IS_XA(c) (((c) >= 'A' && (c) <= 'F') || ((c) >= 'a' && (c) <= 'f'))
#define IS_GR(c) ((c) > ' ' && (c) < 0x7f)

#define E(c) (unsigned short)( \
	(IS_UP(c) ? UPPER | ALPHA | ALNUM : 0) | \
	(IS_LO(c) ? LOWER | ALPHA | ALNUM : 0) | \
	(IS_DI(c) ? DIGIT | XDIGIT | ALNUM : 0) | \
	(IS_XA(c) ? XDIGIT : 0) | \
	(((c) == ' ' || ((c) >= '\t' && (c) <= '\r')) ? SPACE : 0) | \
	(((c) == ' ' || (c) == '\t') ? BLANK : 0) | \
	(((c) >= ' ' && (c) < 0x7f) ? PRINT : 0) | \
	(IS_GR(c) ? GRAPH : 0) | \
	(((c) < ' ' || (c) == 0x7f) ? CNTRL : 0) | \
	((IS_GR(c) && !IS_UP(c) && !IS_LO(c) && !IS_DI(c)) ? PUNCT : 0))
#define E4(c) E(c), E((c) + 1), E((c) + 2), E((c) + 3)
#define E16(c) E4(c), E4((c) + 4), E4((c) + 8), E4((c) + 12)
#define E64(c) E16(c), E16((c) + 16), E16((c) + 32), E16((c) + 48)

static const unsigned short table[384] = {
	[128] = E64(0), E64(64),
};

static const unsigned short *const ptr = table + 128;

const unsigned short **__ctype_b_loc(void)
{
	/* The interface hands out a pointer to the pointer, never written. */
	return (const unsigned short **)&ptr;
}
