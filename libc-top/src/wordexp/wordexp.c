/* wordexp: the shell's word expansions (XCU 2.6) without a shell.

   One pass over the input builds fields. Each character is added with
   whether it was quoted: a field keeps its text and, beside it, a glob
   pattern in which quoted wildcards are escaped, so that pathname
   expansion at the end of the field sees only the unquoted ones. Results
   of unquoted parameter expansions go through field splitting on IFS;
   the input itself is split on unquoted blanks.

   Done here: '...', "...", backslash; tilde alone (~ and ~/ from HOME;
   there is no user database, so ~name stays as it is); $NAME, ${NAME},
   ${NAME-word} ${NAME:-word} and the = ? + forms, ${#NAME}, ${NAME%pat}
   ${NAME%%pat} ${NAME#pat} ${NAME##pat}; $# (0), $$ and positional
   parameters (there are none); $((...)) integer arithmetic; pathname
   expansion. ${NAME:=word} assigns with setenv.

   Command substitution, $(...) and `...`, needs a process, which WASI
   cannot create: it is always WRDE_CMDSUB, with or without WRDE_NOCMD.
   WRDE_SHOWERR only decides whether ${NAME?word} prints its message,
   since no command runs whose errors could be shown. */
#include <glob.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wordexp.h>
#include "wordexp_impl.h"

struct str {
	char *s;
	size_t n, cap;
};

struct exp {
	int flags;
	int split;		/* 0: into one string (the word of ${x-word}) */
	const char *ifs;
	struct str text, pat;	/* the field being built */
	int has, glob, ws;	/* it exists; it has a wildcard; last ended
				   by IFS white space */
	char **v;		/* the finished fields */
	size_t n, cap;
	int depth;		/* of ${x-word} within ${y-word} */
};

static int sput(struct str *s, char c)
{
	if (s->n + 1 >= s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 32;
		char *p = realloc(s->s, cap);
		if (!p)
			return WRDE_NOSPACE;
		s->s = p, s->cap = cap;
	}
	s->s[s->n++] = c;
	s->s[s->n] = 0;
	return 0;
}

static int put(struct exp *e, char c, int quoted)
{
	e->has = 1, e->ws = 0;
	if (sput(&e->text, c))
		return WRDE_NOSPACE;
	if (!e->split)
		return 0;
	if (quoted && strchr("*?[\\", c) && sput(&e->pat, '\\'))
		return WRDE_NOSPACE;
	if (!quoted && strchr("*?[", c))
		e->glob = 1;
	return sput(&e->pat, c);
}

static int add(struct exp *e, const char *s)
{
	char *copy;

	if (e->n == e->cap) {
		size_t cap = e->cap ? 2 * e->cap : 8;
		char **v = realloc(e->v, cap * sizeof *v);
		if (!v)
			return WRDE_NOSPACE;
		e->v = v, e->cap = cap;
	}
	copy = strdup(s);
	if (!copy)
		return WRDE_NOSPACE;
	e->v[e->n++] = copy;
	return 0;
}

/* Finish the field, even an empty one, with pathname expansion. */
static int end_field(struct exp *e)
{
	int r = 0;

	if (e->glob) {
		glob_t g;
		int gr = glob(e->pat.s, 0, NULL, &g);
		if (gr == GLOB_NOSPACE)
			return WRDE_NOSPACE;
		if (!gr) {
			for (size_t i = 0; !r && i < g.gl_pathc; i++)
				r = add(e, g.gl_pathv[i]);
			globfree(&g);
		} else {
			r = add(e, e->text.s ? e->text.s : "");
		}
	} else {
		r = add(e, e->text.s ? e->text.s : "");
	}
	e->text.n = e->pat.n = 0;
	if (e->text.s)
		e->text.s[0] = 0;
	if (e->pat.s)
		e->pat.s[0] = 0;
	e->has = e->glob = 0;
	return r;
}

/* The result of an expansion: quoted, or split on IFS. */
static int put_value(struct exp *e, const char *v, int quoted)
{
	int r = 0;

	if (quoted)
		e->has = 1;
	for (; !r && *v; v++) {
		if (quoted || !e->split || !strchr(e->ifs, *v)) {
			r = put(e, *v, quoted);
		} else if (strchr(" \t\n", *v)) {
			if (e->has) {
				r = end_field(e);
				e->ws = 1;
			}
		} else if (e->ws && !e->has) {
			/* White space already ended the field before. */
			e->ws = 0;
		} else {
			r = end_field(e);
		}
	}
	return r;
}

static int parse(struct exp *e, const char *s, const char *end, int top);

/* Expand a word of ${x-word} into one string (to be freed). */
static int expand_word(struct exp *e, const char *s, const char *end, char **out)
{
	struct exp sub = { .flags = e->flags, .ifs = e->ifs, .depth = e->depth + 1 };
	int r;

	/* Each level recurses; no real word nests this deep. */
	if (sub.depth > 100)
		return WRDE_SYNTAX;
	r = parse(&sub, s, end, 0);

	if (!r && !sub.text.s)
		r = sput(&sub.text, 0);
	if (r) {
		free(sub.text.s);
		return r;
	}
	*out = sub.text.s;
	return 0;
}

static int is_name_start(char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_name(char c)
{
	return is_name_start(c) || (c >= '0' && c <= '9');
}

/* The value of parameter [p, p + len), or null if unset. */
static const char *param(const char *p, size_t len, char *num)
{
	char name[256];

	if (len == 1 && *p == '#')
		return "0";
	if (len == 1 && *p == '$') {
		snprintf(num, 24, "%ld", (long)getpid());
		return num;
	}
	/* Positional parameters and names too long for the environment. */
	if (!is_name_start(*p) || len >= sizeof name)
		return NULL;
	memcpy(name, p, len);
	name[len] = 0;
	return getenv(name);
}

/* Remove the shortest or longest prefix or suffix matching pat. */
static int trim(struct exp *e, const char *v, const char *pat, char op, int longest, int quoted)
{
	size_t len = strlen(v);
	char *copy = strdup(v);
	int r;

	if (!copy)
		return WRDE_NOSPACE;
	for (size_t i = 0; i <= len; i++) {
		/* Candidate cut, in order of preference. */
		size_t k = op == '#' ? (longest ? len - i : i) : (longest ? i : len - i);
		if (k < len && (v[k] & 0xc0) == 0x80)
			continue;
		if (op == '#') {
			char c = copy[k];
			int m;
			copy[k] = 0;
			m = !fnmatch(pat, copy, 0);
			copy[k] = c;
			if (m) {
				r = put_value(e, v + k, quoted);
				free(copy);
				return r;
			}
		} else if (!fnmatch(pat, v + k, 0)) {
			copy[k] = 0;
			r = put_value(e, copy, quoted);
			free(copy);
			return r;
		}
	}
	r = put_value(e, v, quoted);
	free(copy);
	return r;
}

/* The end of the word of ${...}: the matching '}', or null. */
static const char *brace_end(const char *p, const char *end)
{
	int depth = 0;

	for (; p < end; p++) {
		switch (*p) {
		case '\\':
			p++;
			break;
		case '\'':
			p = memchr(p + 1, '\'', end - p - 1);
			if (!p)
				return NULL;
			break;
		case '"':
			for (p++; p < end && *p != '"'; p++)
				if (*p == '\\')
					p++;
			if (p >= end)
				return NULL;
			break;
		case '$':
			if (p + 1 < end && p[1] == '{')
				depth++, p++;
			break;
		case '}':
			if (!depth--)
				return p;
		}
	}
	return NULL;
}

/* ${...}: *pp is just past "${". */
static int brace(struct exp *e, const char **pp, const char *end, int quoted)
{
	const char *p = *pp, *name, *word, *wend, *v;
	size_t nlen;
	int colon = 0, length = 0, longest = 0, r, set, null;
	char op, num[24], *w = NULL;

	if (p < end && *p == '#' && p + 1 < end && p[1] != '}')
		length = 1, p++;
	name = p;
	if (p < end && is_name_start(*p))
		while (p < end && is_name(*p))
			p++;
	else if (p < end && *p >= '0' && *p <= '9')
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	else if (p < end && *p == '$' && !length)
		p++;
	nlen = p - name;
	if (!nlen || p >= end)
		return WRDE_SYNTAX;
	op = *p++;
	if (length && op != '}')
		return WRDE_SYNTAX;
	if (op == ':') {
		colon = 1;
		op = p < end ? *p++ : 0;
		if (!op || !strchr("-=?+", op))
			return WRDE_SYNTAX;
	} else if (op == '%' || op == '#') {
		if (p < end && *p == op)
			longest = 1, p++;
	} else if (op != '}' && !strchr("-=?+", op)) {
		return WRDE_SYNTAX;
	}
	word = p;
	if (op == '}') {
		wend = word = p - 1;
	} else {
		wend = brace_end(p, end);
		if (!wend)
			return WRDE_SYNTAX;
	}
	*pp = wend + 1;

	v = param(name, nlen, num);
	set = v != NULL;
	null = !set || !*v;
	if (op == '}' || op == '%' || op == '#') {
		if (!set && (e->flags & WRDE_UNDEF))
			return WRDE_BADVAL;
		if (!v)
			v = "";
		if (length) {
			size_t n = 0;
			for (; *v; v++)
				n += (*v & 0xc0) != 0x80;
			snprintf(num, sizeof num, "%zu", n);
			return put_value(e, num, quoted);
		}
		if (op == '}')
			return put_value(e, v, quoted);
		r = expand_word(e, word, wend, &w);
		if (!r)
			r = trim(e, v, w, op, longest, quoted);
		free(w);
		return r;
	}
	if (op == '+') {
		if (colon ? null : !set)
			return 0;
	} else if (!(colon ? null : !set)) {
		return put_value(e, v, quoted);
	}
	r = expand_word(e, word, wend, &w);
	if (r)
		return r;
	if (op == '?') {
		if (e->flags & WRDE_SHOWERR)
			fprintf(stderr, "%.*s: %s\n", (int)nlen, name,
				*w ? w : "parameter null or not set");
		free(w);
		return WRDE_BADVAL;
	}
	if (op == '=') {
		char var[256];
		if (!is_name_start(*name) || nlen >= sizeof var) {
			free(w);
			return WRDE_BADVAL;
		}
		memcpy(var, name, nlen);
		var[nlen] = 0;
		if (setenv(var, w, 1)) {
			free(w);
			return WRDE_NOSPACE;
		}
	}
	r = put_value(e, w, quoted);
	free(w);
	return r;
}

/* $((expression)): *pp is just past "$((". */
static int arith(struct exp *e, const char **pp, const char *end, int quoted)
{
	const char *p = *pp;
	int depth = 0, r;
	char *expr, num[24];
	long v;

	for (; p < end; p++) {
		if (*p == '(') {
			depth++;
		} else if (*p == ')') {
			if (!depth)
				break;
			depth--;
		}
	}
	if (p + 1 >= end || p[1] != ')')
		return WRDE_SYNTAX;
	r = expand_word(e, *pp, p, &expr);
	if (r)
		return r;
	r = __wrde_arith(expr, &v);
	free(expr);
	if (r)
		return WRDE_SYNTAX;
	*pp = p + 2;
	snprintf(num, sizeof num, "%ld", v);
	return put_value(e, num, quoted);
}

/* A '$' at *pp. */
static int dollar(struct exp *e, const char **pp, const char *end, int quoted)
{
	const char *p = *pp + 1;
	char num[24];
	const char *v;

	if (p < end && *p == '(') {
		if (p + 1 < end && p[1] == '(') {
			*pp = p + 2;
			return arith(e, pp, end, quoted);
		}
		return WRDE_CMDSUB;
	}
	if (p < end && *p == '{') {
		*pp = p + 1;
		return brace(e, pp, end, quoted);
	}
	if (p < end && is_name_start(*p)) {
		const char *name = p;
		while (p < end && is_name(*p))
			p++;
		*pp = p;
		v = param(name, p - name, num);
		if (!v && (e->flags & WRDE_UNDEF))
			return WRDE_BADVAL;
		return v ? put_value(e, v, quoted) : 0;
	}
	if (p < end && ((*p >= '0' && *p <= '9') || *p == '#' || *p == '$' ||
			*p == '@' || *p == '*')) {
		*pp = p + 1;
		v = param(p, 1, num);
		if (!v && *p >= '0' && *p <= '9' && (e->flags & WRDE_UNDEF))
			return WRDE_BADVAL;
		return v ? put_value(e, v, quoted) : 0;
	}
	/* Not an expansion: a plain '$'. */
	*pp = p;
	return put(e, '$', quoted);
}

static int parse(struct exp *e, const char *s, const char *end, int top)
{
	int r = 0, word_start = 1;

	while (!r && s < end) {
		char c = *s;
		const char *q;

		if (top && strchr("\n|&;<>(){}", c))
			return WRDE_BADCHAR;
		switch (c) {
		case ' ': case '\t':
			if (!e->split) {
				r = put(e, c, 0);
				s++;
				break;
			}
			if (e->has)
				r = end_field(e);
			e->ws = 0;
			s++;
			word_start = 1;
			continue;
		case '\\':
			if (s + 1 >= end)
				return WRDE_SYNTAX;
			if (s[1] != '\n')
				r = put(e, s[1], 1);
			s += 2;
			break;
		case '\'':
			q = memchr(s + 1, '\'', end - s - 1);
			if (!q)
				return WRDE_SYNTAX;
			e->has = 1;
			for (s++; !r && s < q; s++)
				r = put(e, *s, 1);
			s = q + 1;
			break;
		case '"':
			e->has = 1;
			for (s++; !r && s < end && *s != '"'; ) {
				if (*s == '\\' && s + 1 < end && strchr("$`\"\\\n", s[1])) {
					if (s[1] != '\n')
						r = put(e, s[1], 1);
					s += 2;
				} else if (*s == '$') {
					r = dollar(e, &s, end, 1);
				} else if (*s == '`') {
					return WRDE_CMDSUB;
				} else {
					r = put(e, *s++, 1);
				}
			}
			if (!r && s >= end)
				return WRDE_SYNTAX;
			s++;
			break;
		case '$':
			r = dollar(e, &s, end, 0);
			break;
		case '`':
			return WRDE_CMDSUB;
		case '~':
			if (word_start) {
				const char *home = getenv("HOME");
				q = s + 1;
				while (q < end && *q != '/' && *q != ' ' && *q != '\t')
					q++;
				if (q == s + 1 && home) {
					r = put_value(e, home, 1);
					s = q;
					break;
				}
			}
			/* fall through: ~name stays as it is */
		default:
			r = put(e, c, 0);
			s++;
		}
		word_start = 0;
	}
	if (!r && top && e->has)
		r = end_field(e);
	return r;
}

static void drop(struct exp *e)
{
	for (size_t i = 0; i < e->n; i++)
		free(e->v[i]);
	free(e->v);
	free(e->text.s);
	free(e->pat.s);
}

int wordexp(const char *restrict s, wordexp_t *restrict we, int flags)
{
	const char *ifs = getenv("IFS");
	struct exp e = { .flags = flags, .split = 1, .ifs = ifs ? ifs : " \t\n" };
	size_t offs, old;
	char **v;
	int r, fresh;

	if ((flags & WRDE_REUSE) && !(flags & WRDE_APPEND))
		wordfree(we);
	if (!(flags & WRDE_APPEND)) {
		we->we_wordc = 0;
		we->we_wordv = NULL;
		if (!(flags & WRDE_DOOFFS))
			we->we_offs = 0;
	}
	r = parse(&e, s, s + strlen(s), 1);
	if (r) {
		drop(&e);
		return r;
	}
	offs = flags & WRDE_DOOFFS ? we->we_offs : 0;
	old = we->we_wordc;
	/* The offset slots are set once, when the vector is made. */
	fresh = !we->we_wordv;
	v = realloc(we->we_wordv, (offs + old + e.n + 1) * sizeof *v);
	if (!v) {
		drop(&e);
		return WRDE_NOSPACE;
	}
	if (fresh)
		for (size_t i = 0; i < offs; i++)
			v[i] = NULL;
	memcpy(v + offs + old, e.v, e.n * sizeof *v);
	v[offs + old + e.n] = NULL;
	we->we_wordv = v;
	we->we_wordc = old + e.n;
	free(e.v);
	free(e.text.s);
	free(e.pat.s);
	return 0;
}
