/* POSIX regular expressions (XBD chapter 9), basic and extended.

   Design. regcomp parses the pattern into a syntax tree and emits a
   program for a small machine (regex_impl.h): character tests, SPLIT
   (two ways on, the first preferred), JMP, SAVE (record a position in a
   submatch slot) and assertions. regexec runs that program in one of two
   ways, chosen so that no pattern without back-references can take
   exponential time:

   - Without back-references, a Thompson simulation (a set of program
     positions advanced one character at a time, each tagged with the
     position its match started at) finds the leftmost-longest match of
     the whole expression in O(pattern x subject) time. When submatches
     are wanted, a backtracker then re-runs the program between those two
     fixed ends, remembering every (instruction, position) it has already
     tried: a pair that failed once fails again, because without
     back-references the future does not depend on the path taken, so it
     too is bounded by pattern x subject (its memory is a bitmap of
     pattern x match length bits). The first path in SPLIT order
     gives the submatches: each quantifier as long as it can be, the
     first alternative that works, inside the POSIX overall match. For
     most patterns this is what POSIX's subexpression rule gives and what
     glibc reports; where POSIX would prefer a longer later alternative
     the result can differ (docs/posix.md).
   - With back-references (NP-hard in general), the backtracker searches
     every path from each start position for the longest end, without
     memory, under a step budget; past the budget regexec reports
     REG_ESPACE rather than running for ever.

   Intervals are expanded into copies of their operand, so the program is
   bounded at RE_MAXPROG instructions (REG_ESPACE beyond). A loop whose
   body can match the empty string is entered only when the body has
   moved since the previous iteration (RE_PROGRESS), which keeps patterns
   like (a*)* finite; an optional copy of an interval, once an iteration
   has been made, must not match the empty string (RE_MARK, RE_NONEMPTY).

   Long concatenations and alternations are chains walked by loops; only
   group nesting (at most RE_MAXDEPTH) and stacked intervals recurse.

   GNU extensions that glibc also accepts are supported because programs
   written against glibc use them: \| \+ \? in basic expressions,
   back-references in extended ones, \w \W \s \S \b \B \< \> \` \'. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>
#include "regex_impl.h"

#define RE_MAXPROG (1 << 20)
#define RE_MAXDEPTH 1000

enum {
	N_EMPTY, N_CHAR, N_ANY, N_SET, N_ASSERT, N_BACKREF,
	N_CAT, N_ALT, N_REP, N_GROUP,
};

/* A concatenation or an alternation holds its first operand in a and
   chains the rest through next, so that long patterns are walked with
   loops and not with recursion as deep as they are long. */
struct node {
	int type;
	int a;		/* the first operand (CAT, ALT) or the operand */
	int next;	/* the next operand of the enclosing CAT or ALT */
	int min, max;	/* REP; max -1 is unbounded */
	int val;	/* CHAR: code point; SET: set; ASSERT: op; GROUP,
			   BACKREF: group number */
};

struct parser {
	const unsigned char *p;
	int ere, icase, err;
	int depth;
	size_t ngroups;
	unsigned long closed;	/* groups 1..9 whose ')' has been seen */
	struct node *nodes;
	int nnodes, cap;
	struct __re_prog *prog;
	int setcap, instcap;
};

static int node(struct parser *ps, int type, int a)
{
	if (ps->nnodes == ps->cap) {
		int cap = ps->cap ? 2 * ps->cap : 64;
		struct node *n = realloc(ps->nodes, cap * sizeof *n);
		if (!n) {
			ps->err = REG_ESPACE;
			return -1;
		}
		ps->nodes = n, ps->cap = cap;
	}
	ps->nodes[ps->nnodes] = (struct node){ .type = type, .a = a, .next = -1 };
	return ps->nnodes++;
}

static int leaf(struct parser *ps, int type, int val)
{
	int n = node(ps, type, -1);
	if (n >= 0)
		ps->nodes[n].val = val;
	return n;
}

static int fold(struct parser *ps, uint32_t c)
{
	return ps->icase && c < RE_RAWBYTE ? (int)towlower(c) : (int)c;
}

static int new_set(struct parser *ps)
{
	struct __re_prog *pr = ps->prog;

	if (pr->nsets == ps->setcap) {
		int cap = ps->setcap ? 2 * ps->setcap : 8;
		struct __re_set *s = realloc(pr->sets, cap * sizeof *s);
		if (!s) {
			ps->err = REG_ESPACE;
			return -1;
		}
		pr->sets = s, ps->setcap = cap;
	}
	pr->sets[pr->nsets] = (struct __re_set){ 0 };
	return pr->nsets++;
}

static int add_range(struct parser *ps, int set, uint32_t lo, uint32_t hi)
{
	struct __re_set *s = &ps->prog->sets[set];
	/* Ranges are few; grow one at a time in doubling steps of powers of 2. */
	if (!(s->nranges & (s->nranges - 1)) || !s->nranges) {
		int cap = s->nranges ? 2 * s->nranges : 1;
		struct __re_range *r = realloc(s->ranges, cap * sizeof *r);
		if (!r) {
			ps->err = REG_ESPACE;
			return -1;
		}
		s->ranges = r;
	}
	s->ranges[s->nranges++] = (struct __re_range){ lo, hi };
	return 0;
}

/* The next pattern character, advancing over it. */
static uint32_t next_char(struct parser *ps)
{
	uint32_t c;
	size_t n = strnlen((const char *)ps->p, 4);

	ps->p += __re_decode(ps->p, n, &c);
	return c;
}

/* One element of a bracket expression: a character (which may come from
   [.c.] or [=c=]) or, returning 1, a class added to the set. */
static int bracket_elem(struct parser *ps, int set, uint32_t *c)
{
	const unsigned char *p = ps->p, *end;
	unsigned char kind;

	if (p[0] != '[' || (p[1] != ':' && p[1] != '.' && p[1] != '=')) {
		if (!*p) {
			ps->err = REG_EBRACK;
			return -1;
		}
		*c = next_char(ps);
		return 0;
	}
	kind = p[1];
	for (end = p + 2; *end && !(end[0] == kind && end[1] == ']'); end++)
		;
	if (!*end) {
		ps->err = REG_EBRACK;
		return -1;
	}
	ps->p = end + 2;
	if (kind == ':') {
		int k = __re_class_lookup((const char *)p + 2, end - p - 2);
		if (k < 0) {
			ps->err = REG_ECTYPE;
			return -1;
		}
		ps->prog->sets[set].classes |= 1u << k;
		return 1;
	}
	/* Our collation is by code point: a collating element or an
	   equivalence class is exactly one character. */
	if (end == p + 2 || __re_decode(p + 2, end - p - 2, c) != end - p - 2) {
		ps->err = REG_ECOLLATE;
		return -1;
	}
	return 0;
}

static int bracket(struct parser *ps)
{
	int set = new_set(ps), first = 1;

	if (set < 0)
		return -1;
	if (*ps->p == '^') {
		ps->prog->sets[set].neg = 1;
		ps->p++;
	}
	for (;;) {
		uint32_t lo, hi;
		int r;

		if (*ps->p == ']' && !first) {
			ps->p++;
			break;
		}
		first = 0;
		r = bracket_elem(ps, set, &lo);
		if (r < 0)
			return -1;
		if (ps->p[0] != '-' || ps->p[1] == ']') {
			if (!r && add_range(ps, set, lo, lo) < 0)
				return -1;
			continue;
		}
		/* A range; a class cannot end one, nor start one. */
		ps->p++;
		if (r) {
			ps->err = REG_ERANGE;
			return -1;
		}
		r = bracket_elem(ps, set, &hi);
		if (r < 0)
			return -1;
		if (r || hi < lo || (ps->p[0] == '-' && ps->p[1] != ']')) {
			ps->err = REG_ERANGE;
			return -1;
		}
		if (add_range(ps, set, lo, hi) < 0)
			return -1;
	}
	return leaf(ps, N_SET, set);
}

/* A set built in for \w \W \s \S. */
static int class_set(struct parser *ps, int k, int neg)
{
	int set = new_set(ps);

	if (set < 0)
		return -1;
	ps->prog->sets[set].neg = neg;
	ps->prog->sets[set].classes = 1u << k;
	if (k == 0 && add_range(ps, set, '_', '_') < 0)
		return -1;
	return leaf(ps, N_SET, set);
}

static int parse_alt(struct parser *ps);

static int group(struct parser *ps)
{
	size_t k = ++ps->ngroups;
	int inner, g;

	/* Nesting is the one recursion that follows the pattern's shape. */
	if (++ps->depth > RE_MAXDEPTH) {
		ps->err = REG_ESPACE;
		return -1;
	}
	inner = parse_alt(ps);
	if (inner < 0)
		return -1;
	if (ps->ere ? *ps->p != ')' : (ps->p[0] != '\\' || ps->p[1] != ')')) {
		ps->err = REG_EPAREN;
		return -1;
	}
	ps->p += ps->ere ? 1 : 2;
	ps->depth--;
	if (k < CHAR_BIT * sizeof ps->closed)
		ps->closed |= 1ul << k;
	g = node(ps, N_GROUP, inner);
	if (g >= 0)
		ps->nodes[g].val = (int)k;
	return g;
}

/* What follows a backslash outside brackets. */
static int escape(struct parser *ps, int at_start)
{
	unsigned char c = *ps->p;

	if (!c) {
		ps->err = REG_EESCAPE;
		return -1;
	}
	if (!ps->ere) {
		switch (c) {
		case '(':
			ps->p++;
			return group(ps);
		case ')':
			ps->err = REG_EPAREN;
			return -1;
		case '{':
			/* An interval with nothing to repeat. */
			ps->err = REG_BADRPT;
			return -1;
		case '+': case '?':
			if (!at_start) {
				ps->err = REG_BADRPT;
				return -1;
			}
			break;
		}
	}
	if (c >= '1' && c <= '9') {
		unsigned k = c - '0';
		if (k > ps->ngroups || !(ps->closed >> k & 1)) {
			ps->err = REG_ESUBREG;
			return -1;
		}
		ps->p++;
		ps->prog->backrefs = 1;
		return leaf(ps, N_BACKREF, (int)k);
	}
	ps->p++;
	switch (c) {
	case 'w': return class_set(ps, 0, 0);
	case 'W': return class_set(ps, 0, 1);
	case 's': return class_set(ps, 9, 0);
	case 'S': return class_set(ps, 9, 1);
	case 'b': return leaf(ps, N_ASSERT, RE_WORDB);
	case 'B': return leaf(ps, N_ASSERT, RE_NWORDB);
	case '<': return leaf(ps, N_ASSERT, RE_WBEG);
	case '>': return leaf(ps, N_ASSERT, RE_WEND);
	case '`': return leaf(ps, N_ASSERT, RE_BOS);
	case '\'': return leaf(ps, N_ASSERT, RE_EOS);
	}
	ps->p--;
	return leaf(ps, N_CHAR, fold(ps, next_char(ps)));
}

/* Does the cursor sit where a basic expression's '$' is an anchor: at
   the end, or before \) or \| ? */
static int bre_end(const unsigned char *p)
{
	return !*p || (p[0] == '\\' && (p[1] == ')' || p[1] == '|'));
}

/* One atom. at_start: first in its branch (or just after a leading '^'
   in a basic expression), where a basic '*' is an ordinary character. */
static int atom(struct parser *ps, int at_start)
{
	unsigned char c = *ps->p;

	if (ps->ere) {
		switch (c) {
		case '*': case '+': case '?': case '{':
			ps->err = REG_BADRPT;
			return -1;
		case '(':
			ps->p++;
			return group(ps);
		case '^':
			ps->p++;
			return leaf(ps, N_ASSERT, RE_BOL);
		case '$':
			ps->p++;
			return leaf(ps, N_ASSERT, RE_EOL);
		}
	} else if (c == '$' && bre_end(ps->p + 1)) {
		ps->p++;
		return leaf(ps, N_ASSERT, RE_EOL);
	} else if (c == '*' && !at_start) {
		/* Only reached after a quantifier: a** */
		ps->err = REG_BADRPT;
		return -1;
	}
	switch (c) {
	case '.':
		ps->p++;
		return leaf(ps, N_ANY, 0);
	case '[':
		ps->p++;
		return bracket(ps);
	case '\\':
		ps->p++;
		return escape(ps, at_start);
	}
	return leaf(ps, N_CHAR, fold(ps, next_char(ps)));
}

static int number(struct parser *ps, int *v)
{
	int any = 0;

	*v = 0;
	while (*ps->p >= '0' && *ps->p <= '9') {
		if (*v <= RE_DUP_MAX)
			*v = *v * 10 + (*ps->p - '0');
		ps->p++, any = 1;
	}
	return any;
}

/* After '{' or '\{': "m}", "m,}", "m,n}" or ",n}". */
static int interval(struct parser *ps, int *min, int *max)
{
	int has_min = number(ps, min), has_max;

	*max = *min;
	if (*ps->p == ',') {
		ps->p++;
		has_max = number(ps, max);
		if (!has_max)
			*max = -1;
		has_min |= has_max;
	}
	if (ps->ere ? *ps->p == '}' : (ps->p[0] == '\\' && ps->p[1] == '}')) {
		ps->p += ps->ere ? 1 : 2;
	} else {
		ps->err = !*ps->p || (ps->p[0] == '\\' && !ps->p[1]) ? REG_EBRACE : REG_BADBR;
		return -1;
	}
	if (!has_min || *min > RE_DUP_MAX || *max > RE_DUP_MAX ||
	    (*max >= 0 && *max < *min)) {
		ps->err = REG_BADBR;
		return -1;
	}
	return 0;
}

/* A quantifier at the cursor: 1 with its bounds, 0 if none, -1 on error. */
static int quantifier(struct parser *ps, int *min, int *max)
{
	const unsigned char *p = ps->p;

	*min = 0, *max = -1;
	if (*p == '*') {
		ps->p++;
		return 1;
	}
	if (ps->ere) {
		switch (*p) {
		case '+': *min = 1; break;
		case '?': *max = 1; break;
		case '{': ps->p++; return interval(ps, min, max) < 0 ? -1 : 1;
		default: return 0;
		}
		ps->p++;
		return 1;
	}
	if (p[0] != '\\')
		return 0;
	switch (p[1]) {
	case '+': *min = 1; break;
	case '?': *max = 1; break;
	case '{': ps->p += 2; return interval(ps, min, max) < 0 ? -1 : 1;
	default: return 0;
	}
	ps->p += 2;
	return 1;
}

static int parse_branch(struct parser *ps)
{
	int first = -1, last = -1, at_start = 1;

	for (;;) {
		const unsigned char *p = ps->p;
		int a, min, max, q, is_anchor, stacked = 0;

		if (!*p)
			break;
		if (ps->ere ? *p == '|' || (*p == ')' && ps->depth) :
		    p[0] == '\\' && (p[1] == '|' || (p[1] == ')' && ps->depth)))
			break;
		if (!ps->ere && at_start == 1 && *p == '^') {
			ps->p++;
			a = leaf(ps, N_ASSERT, RE_BOL);
			at_start = 2;	/* a '*' after the anchor is literal */
			goto append;
		}
		a = atom(ps, at_start != 0);
		if (a < 0)
			return -1;
		at_start = 0;
		is_anchor = ps->nodes[a].type == N_ASSERT;
		while ((q = quantifier(ps, &min, &max)) > 0) {
			if (is_anchor && ps->ere) {
				ps->err = REG_BADRPT;
				return -1;
			}
			/* x** and the like: an unbounded x{0,} or x{1,} under
			   *, + or ? is one repetition. Other stacks are bounded,
			   as they are expanded recursively. */
			if (ps->nodes[a].type == N_REP && ps->nodes[a].max < 0 &&
			    ps->nodes[a].min <= 1 && min <= 1 && (max < 0 || max == 1)) {
				if (min < ps->nodes[a].min)
					ps->nodes[a].min = min;
				continue;
			}
			if (++stacked > RE_MAXDEPTH) {
				ps->err = REG_ESPACE;
				return -1;
			}
			a = node(ps, N_REP, a);
			if (a < 0)
				return -1;
			ps->nodes[a].min = min, ps->nodes[a].max = max;
			if (!ps->ere)
				break;
		}
		if (q < 0)
			return -1;
		/* A basic expression allows one quantifier per atom. */
		if (!ps->ere && quantifier(ps, &min, &max)) {
			ps->err = REG_BADRPT;
			return -1;
		}
append:
		if (a < 0)
			return -1;
		if (first < 0)
			first = a;
		else
			ps->nodes[last].next = a;
		last = a;
	}
	if (first < 0)
		return node(ps, N_EMPTY, -1);
	return ps->nodes[first].next < 0 ? first : node(ps, N_CAT, first);
}

static int parse_alt(struct parser *ps)
{
	int first = parse_branch(ps), last = first, b;

	while (first >= 0 && (ps->ere ? *ps->p == '|' :
			      ps->p[0] == '\\' && ps->p[1] == '|')) {
		ps->p += ps->ere ? 1 : 2;
		b = parse_branch(ps);
		if (b < 0)
			return -1;
		ps->nodes[last].next = b;
		last = b;
	}
	if (first < 0 || first == last)
		return first;
	return node(ps, N_ALT, first);
}

static int emit(struct parser *ps, int op, int x, int y)
{
	struct __re_prog *pr = ps->prog;

	if (pr->ninst == ps->instcap) {
		int cap = ps->instcap ? 2 * ps->instcap : 64;
		struct __re_inst *in;
		if (cap > RE_MAXPROG) {
			ps->err = REG_ESPACE;
			return -1;
		}
		in = realloc(pr->inst, cap * sizeof *in);
		if (!in) {
			ps->err = REG_ESPACE;
			return -1;
		}
		pr->inst = in, ps->instcap = cap;
	}
	pr->inst[pr->ninst] = (struct __re_inst){ op, x, y };
	return pr->ninst++;
}

static int gen(struct parser *ps, int n);

/* x* as      L: SPLIT B, end; B: PROGRESS; x; SPLIT B, end; end:
   and x+ as  B: PROGRESS; x; SPLIT B, end; end:
   The backtracker never re-enters an (instruction, position) pair on
   its path, so a loop that came back to where it was ends; an empty
   iteration is thus only ever the first, as in glibc. */
static int gen_loop(struct parser *ps, int a, int plus)
{
	struct __re_prog *pr = ps->prog;
	int split = -1, body, loop;

	if (!plus && (split = emit(ps, RE_SPLIT, 0, 0)) < 0)
		return -1;
	body = emit(ps, RE_PROGRESS, pr->nloops++, 0);
	if (body < 0 || gen(ps, a) < 0)
		return -1;
	loop = emit(ps, RE_SPLIT, body, 0);
	if (loop < 0)
		return -1;
	pr->inst[loop].y = pr->ninst;
	if (!plus) {
		pr->inst[split].x = body;
		pr->inst[split].y = pr->ninst;
	}
	return 0;
}

static int gen(struct parser *ps, int n)
{
	struct node nd = ps->nodes[n];
	struct __re_prog *pr = ps->prog;
	int i, j;

	switch (nd.type) {
	case N_EMPTY:
		return 0;
	case N_CHAR:
		return emit(ps, RE_CHAR, nd.val, 0);
	case N_ANY:
		return emit(ps, RE_ANY, 0, 0);
	case N_SET:
		return emit(ps, RE_SET, nd.val, 0);
	case N_ASSERT:
		return emit(ps, nd.val, 0, 0);
	case N_BACKREF:
		return emit(ps, RE_BACKREF, nd.val, 0);
	case N_CAT:
		for (i = nd.a; i >= 0; i = ps->nodes[i].next)
			if (gen(ps, i) < 0)
				return -1;
		return 0;
	case N_GROUP:
		if (emit(ps, RE_SAVE, 2 * nd.val, 0) < 0 || gen(ps, nd.a) < 0)
			return -1;
		return emit(ps, RE_SAVE, 2 * nd.val + 1, 0);
	case N_ALT:
		/* SPLIT to each branch but the last, which the last SPLIT
		   declines to; each branch's JMP to the end is chained through
		   x (index + 1) until the end is known. */
		j = 0;
		for (i = nd.a; i >= 0; i = ps->nodes[i].next) {
			int s = -1, jmp;
			if (ps->nodes[i].next >= 0 &&
			    (s = emit(ps, RE_SPLIT, pr->ninst + 1, 0)) < 0)
				return -1;
			if (gen(ps, i) < 0)
				return -1;
			if (s < 0)
				break;
			jmp = emit(ps, RE_JMP, j, 0);
			if (jmp < 0)
				return -1;
			j = jmp + 1;
			pr->inst[s].y = pr->ninst;
		}
		while (j) {
			int prev = pr->inst[j - 1].x;
			pr->inst[j - 1].x = pr->ninst;
			j = prev;
		}
		return 0;
	}
	/* N_REP: x{m,} is m - 1 copies and x+ (or x* when m is 0); x{m,n}
	   is m copies and n - m nested options. */
	if (nd.max < 0) {
		for (i = 1; i < nd.min; i++)
			if (gen(ps, nd.a) < 0)
				return -1;
		return gen_loop(ps, nd.a, nd.min > 0);
	}
	for (i = 0; i < nd.min; i++)
		if (gen(ps, nd.a) < 0)
			return -1;
	/* Each option's SPLIT, once declined, skips to the end; until the end
	   is known they are chained through y (index + 1, 0 ends the chain).
	   Once an iteration has been made, an option may not match the empty
	   string (so (a?){1,2} on "a" leaves \1 at "a", as glibc does). */
	j = 0;
	for (i = nd.min; i < nd.max; i++) {
		int s = emit(ps, RE_SPLIT, pr->ninst + 1, j), loop = -1;
		if (s < 0)
			return -1;
		if (i > 0) {
			loop = pr->nloops++;
			if (emit(ps, RE_MARK, loop, 0) < 0)
				return -1;
		}
		if (gen(ps, nd.a) < 0)
			return -1;
		if (loop >= 0 && emit(ps, RE_NONEMPTY, loop, 0) < 0)
			return -1;
		j = s + 1;
	}
	while (j) {
		int prev = pr->inst[j - 1].y;
		pr->inst[j - 1].y = pr->ninst;
		j = prev;
	}
	return 0;
}

int regcomp(regex_t *restrict re, const char *restrict pattern, int cflags)
{
	struct parser ps = {
		.p = (const unsigned char *)pattern,
		.ere = !!(cflags & REG_EXTENDED),
		.icase = !!(cflags & REG_ICASE),
	};
	struct __re_prog *pr = calloc(1, sizeof *pr);
	int root;

	if (!pr)
		return REG_ESPACE;
	ps.prog = pr;
	pr->cflags = cflags;
	root = parse_alt(&ps);
	if (root >= 0 && *ps.p) {
		/* Only a stray \) of a basic expression stops the parse early. */
		ps.err = REG_EPAREN;
	}
	if (!ps.err && gen(&ps, root) >= 0)
		emit(&ps, RE_MATCH, 0, 0);
	free(ps.nodes);
	if (ps.err) {
		pr->nsub = 0;
		re->__opaque = pr;
		regfree(re);
		return ps.err;
	}
	pr->nsub = ps.ngroups;
	re->re_nsub = ps.ngroups;
	re->__opaque = pr;
	return 0;
}
