#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "wordexp_impl.h"

/* Precedence climbing over C's binary operators; the ternary on top.
   Arithmetic wraps as on the unsigned type (no undefined behaviour on
   overflow); division by zero and LONG_MIN / -1 are errors. */
struct ar {
	const char *p;
	int err;
	int depth;	/* of parentheses and unary operators, bounded so
			   that no input can exhaust the stack */
};

static const struct {
	char op[3];
	int prec;
} ops[] = {
	{ "||", 1 }, { "&&", 2 }, { "==", 6 }, { "!=", 6 }, { "<=", 7 },
	{ ">=", 7 }, { "<<", 8 }, { ">>", 8 }, { "|", 3 }, { "^", 4 },
	{ "&", 5 }, { "<", 7 }, { ">", 7 }, { "+", 9 }, { "-", 9 },
	{ "*", 10 }, { "/", 10 }, { "%", 10 },
};

static void skip(struct ar *a)
{
	while (*a->p == ' ' || *a->p == '\t' || *a->p == '\n')
		a->p++;
}

static long ternary(struct ar *a);

static long number(struct ar *a, const char *s, const char **end)
{
	char *e;
	long v = strtol(s, &e, 0);

	if (e == s)
		a->err = 1;
	*end = e;
	return v;
}

static long unary_op(struct ar *a);

static long unary(struct ar *a)
{
	long v;

	if (++a->depth > 200) {
		a->err = 1;
		return 0;
	}
	v = unary_op(a);
	a->depth--;
	return v;
}

static long unary_op(struct ar *a)
{
	long v;

	skip(a);
	switch (*a->p) {
	case '(':
		a->p++;
		v = ternary(a);
		skip(a);
		if (*a->p == ')')
			a->p++;
		else
			a->err = 1;
		return v;
	case '+':
		a->p++;
		return unary(a);
	case '-':
		a->p++;
		return (long)(0ul - (unsigned long)unary(a));
	case '!':
		a->p++;
		return !unary(a);
	case '~':
		a->p++;
		return ~unary(a);
	}
	if (*a->p >= '0' && *a->p <= '9')
		return number(a, a->p, &a->p);
	if (*a->p == '_' || ((*a->p | 32) >= 'a' && (*a->p | 32) <= 'z')) {
		char name[256];
		size_t n = 0;
		const char *val, *end;
		while (*a->p == '_' || (*a->p >= '0' && *a->p <= '9') ||
		       ((*a->p | 32) >= 'a' && (*a->p | 32) <= 'z')) {
			if (n + 1 < sizeof name)
				name[n++] = *a->p;
			a->p++;
		}
		name[n] = 0;
		val = getenv(name);
		if (!val || !*val)
			return 0;
		v = number(a, val, &end);
		if (*end)
			a->err = 1;
		return v;
	}
	a->err = 1;
	return 0;
}

static long apply(struct ar *a, const char *op, long l, long r)
{
	unsigned long ul = l, ur = r;
	int bits = CHAR_BIT * sizeof(long) - 1;

	switch (op[0]) {
	case '|': return op[1] ? l || r : l | r;
	case '&': return op[1] ? l && r : l & r;
	case '^': return l ^ r;
	case '=': return l == r;
	case '!': return l != r;
	case '<':
		if (op[1] == '<')
			return (long)(ul << (r & bits));
		return op[1] ? l <= r : l < r;
	case '>':
		if (op[1] == '>')
			return l >> (r & bits);
		return op[1] ? l >= r : l > r;
	case '+': return (long)(ul + ur);
	case '-': return (long)(ul - ur);
	case '*': return (long)(ul * ur);
	}
	if (!r || (l == LONG_MIN && r == -1)) {
		a->err = 1;
		return 0;
	}
	return op[0] == '/' ? l / r : l % r;
}

static long binary(struct ar *a, int min)
{
	long l = unary(a);

	while (!a->err) {
		size_t i, n = sizeof ops / sizeof ops[0];
		skip(a);
		for (i = 0; i < n; i++)
			if (!strncmp(a->p, ops[i].op, strlen(ops[i].op)))
				break;
		if (i == n || ops[i].prec < min)
			break;
		a->p += strlen(ops[i].op);
		l = apply(a, ops[i].op, l, binary(a, ops[i].prec + 1));
	}
	return l;
}

static long ternary(struct ar *a)
{
	long c = binary(a, 1), x, y;

	skip(a);
	if (*a->p != '?')
		return c;
	a->p++;
	x = ternary(a);
	skip(a);
	if (*a->p != ':') {
		a->err = 1;
		return 0;
	}
	a->p++;
	y = ternary(a);
	return c ? x : y;
}

int __wrde_arith(const char *s, long *value)
{
	struct ar a = { s, 0, 0 };

	*value = ternary(&a);
	skip(&a);
	return a.err || *a.p ? -1 : 0;
}
