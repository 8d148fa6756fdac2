#ifndef REGEX_IMPL_H
#define REGEX_IMPL_H

#include <regex.h>
#include <stdint.h>
#include "libc.h"

/* A compiled regular expression is a program for a small virtual machine
   (see regcomp.c for the design and regexec.c for the two ways it runs).
   Characters are Unicode code points decoded from UTF-8; a byte that does
   not start a valid sequence stands for itself as RE_RAWBYTE + byte, so it
   can only equal the same raw byte in the pattern. */
#define RE_RAWBYTE 0x110000u

enum {
	RE_CHAR,	/* x: the code point (folded with REG_ICASE) */
	RE_ANY,		/* any character; not '\n' under REG_NEWLINE */
	RE_SET,		/* x: index into sets */
	RE_BACKREF,	/* x: group number; the text the group matched */
	RE_BOL,		/* assertions: consume nothing */
	RE_EOL,
	RE_BOS,		/* GNU \` and \' : the very start and end */
	RE_EOS,
	RE_WORDB,	/* GNU \b \B \< \> */
	RE_NWORDB,
	RE_WBEG,
	RE_WEND,
	RE_SPLIT,	/* try x, then y */
	RE_JMP,		/* go to x */
	RE_SAVE,	/* slot x = position (group k: slots 2k, 2k+1) */
	RE_PROGRESS,	/* loop x: fail when this iteration starts where the
			   last one in the same path started */
	RE_MARK,	/* loop slot x = position: an optional iteration starts */
	RE_NONEMPTY,	/* fail if the iteration begun at slot x is empty */
	RE_MATCH,
};

struct __re_inst {
	int op, x, y;
};

struct __re_range {
	uint32_t lo, hi;
};

/* A bracket expression: ranges of code points and character classes. */
struct __re_set {
	int neg;
	unsigned classes;	/* bit i: class i of __re_class_names */
	int nranges;
	struct __re_range *ranges;
};

struct __re_prog {
	int cflags;
	int backrefs;		/* the pattern has back-references */
	int ninst, nloops;
	size_t nsub;
	struct __re_inst *inst;
	int nsets;
	struct __re_set *sets;
};

hidden int __re_class_lookup(const char *, size_t);
hidden int __re_class_test(int, uint32_t);
hidden int __re_set_test(const struct __re_set *, uint32_t, int);

/* Decode one character at s (n bytes left, n > 0); returns its length. */
hidden int __re_decode(const unsigned char *, size_t, uint32_t *);

#endif
