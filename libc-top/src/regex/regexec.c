/* Runs a program from regcomp.c; its top comment explains the two
   strategies and why each is bounded. */
#include <stdlib.h>
#include <string.h>
#include <wctype.h>
#include "regex_impl.h"

/* Steps the memory-less backtracker may take in one call (back-reference
   patterns only) before giving up with REG_ESPACE. */
#define BT_BUDGET (1L << 22)

struct ctx {
	const struct __re_prog *pr;
	const unsigned char *s;
	size_t n;
	int notbol, noteol, icase, newline;
};

static int char_at(const struct ctx *c, size_t p, uint32_t *ch)
{
	return __re_decode(c->s + p, c->n - p, ch);
}

static int is_word(uint32_t c)
{
	return c == '_' || (c < RE_RAWBYTE && iswalnum(c));
}

static int word_before(const struct ctx *c, size_t p)
{
	size_t q = p;
	uint32_t ch;

	if (!p)
		return 0;
	/* Back over at most three continuation bytes to the lead byte. */
	while (q > 0 && p - q < 3 && (c->s[q - 1] & 0xc0) == 0x80)
		q--;
	if (q > 0)
		q--;
	if (q + char_at(c, q, &ch) != p)
		ch = RE_RAWBYTE + c->s[p - 1];
	return is_word(ch);
}

static int word_after(const struct ctx *c, size_t p)
{
	uint32_t ch;

	if (p >= c->n)
		return 0;
	char_at(c, p, &ch);
	return is_word(ch);
}

static int assertion(const struct ctx *c, int op, size_t p)
{
	switch (op) {
	case RE_BOL:
		return (p == 0 && !c->notbol) ||
		       (c->newline && p > 0 && c->s[p - 1] == '\n');
	case RE_EOL:
		return (p == c->n && !c->noteol) ||
		       (c->newline && p < c->n && c->s[p] == '\n');
	case RE_BOS:
		return p == 0;
	case RE_EOS:
		return p == c->n;
	case RE_WORDB:
		return word_before(c, p) != word_after(c, p);
	case RE_NWORDB:
		return word_before(c, p) == word_after(c, p);
	case RE_WBEG:
		return !word_before(c, p) && word_after(c, p);
	default:
		return word_before(c, p) && !word_after(c, p);
	}
}

/* Does the one-character instruction in accept ch? */
static int accepts(const struct ctx *c, const struct __re_inst *in, uint32_t ch)
{
	const struct __re_set *set;

	switch (in->op) {
	case RE_CHAR:
		if (c->icase && ch < RE_RAWBYTE)
			ch = towlower(ch);
		return ch == (uint32_t)in->x;
	case RE_ANY:
		return !(c->newline && ch == '\n');
	default:
		set = &c->pr->sets[in->x];
		if (c->newline && set->neg && ch == '\n')
			return 0;
		return __re_set_test(set, ch, c->icase);
	}
}

struct thread {
	int pc;
	size_t start;
};

struct nfa {
	struct thread *cur, *next;
	int ncur, nnext;
	unsigned *mark;		/* mark[pc] == gen: pc already in next */
	unsigned gen;
	int *stack;
};

/* Add pc and everything reachable from it without consuming a character
   at position p, in priority order, to the next list. */
static void add(const struct ctx *c, struct nfa *m, int pc, size_t start, size_t p)
{
	const struct __re_inst *inst = c->pr->inst;
	int sp = 0;

	m->stack[sp++] = pc;
	while (sp) {
		pc = m->stack[--sp];
		if (m->mark[pc] == m->gen)
			continue;
		m->mark[pc] = m->gen;
		switch (inst[pc].op) {
		case RE_SPLIT:
			m->stack[sp++] = inst[pc].y;
			m->stack[sp++] = inst[pc].x;
			break;
		case RE_JMP:
			m->stack[sp++] = inst[pc].x;
			break;
		case RE_SAVE:
		case RE_PROGRESS:
		case RE_MARK:
		case RE_NONEMPTY:
			m->stack[sp++] = pc + 1;
			break;
		case RE_CHAR: case RE_ANY: case RE_SET: case RE_MATCH:
			m->next[m->nnext++] = (struct thread){ pc, start };
			break;
		default:
			if (assertion(c, inst[pc].op, p))
				m->stack[sp++] = pc + 1;
		}
	}
}

/* The leftmost-longest match of a program without back-references. */
static int simulate(const struct ctx *c, size_t *so, size_t *eo)
{
	int ninst = c->pr->ninst, found = 0;
	struct nfa m = { 0 };
	struct thread *t;
	size_t p = 0;

	m.cur = malloc(ninst * sizeof *m.cur);
	m.next = malloc(ninst * sizeof *m.next);
	m.mark = calloc(ninst, sizeof *m.mark);
	/* Each instruction pushes at most two successors. */
	m.stack = malloc((2 * ninst + 1) * sizeof *m.stack);
	if (!m.cur || !m.next || !m.mark || !m.stack) {
		found = -1;
		goto out;
	}
	m.gen = 1;
	add(c, &m, 0, 0, 0);
	for (;;) {
		uint32_t ch = 0;
		int len = p < c->n ? char_at(c, p, &ch) : 0;

		t = m.cur, m.cur = m.next, m.next = t;
		m.ncur = m.nnext, m.nnext = 0;
		m.gen++;
		for (int i = 0; i < m.ncur; i++) {
			struct thread th = m.cur[i];
			const struct __re_inst *in = &c->pr->inst[th.pc];

			/* Threads are in order of start: a later start can
			   no longer win once an earlier one has matched. */
			if (found && th.start > *so)
				break;
			if (in->op == RE_MATCH) {
				if (!found || p > *eo)
					*so = th.start, *eo = p;
				found = 1;
			} else if (len && accepts(c, in, ch)) {
				add(c, &m, th.pc + 1, th.start, p + len);
			}
		}
		if (!len)
			break;
		p += len;
		if (!found)
			add(c, &m, 0, p, p);
		else if (!m.nnext)
			break;
	}
out:
	free(m.cur);
	free(m.next);
	free(m.mark);
	free(m.stack);
	return found;
}

struct frame {
	int pc;		/* -1: a slot to restore */
	int slot;
	size_t pos;	/* or the slot's old value */
};

struct bt {
	const struct ctx *c;
	struct frame *st;
	size_t nst, cap;
	size_t *slots;	/* groups' ends, then the loops' last starts */
	int nslots;
	unsigned char *seen;	/* memo bitmap, or null */
	size_t from, span;
	long budget;
};

static int push(struct bt *b, struct frame f)
{
	if (b->nst == b->cap) {
		size_t cap = b->cap ? 2 * b->cap : 64;
		struct frame *st = realloc(b->st, cap * sizeof *st);
		if (!st)
			return -1;
		b->st = st, b->cap = cap;
	}
	b->st[b->nst++] = f;
	return 0;
}

static int set_slot(struct bt *b, int k, size_t v)
{
	if (push(b, (struct frame){ -1, k, b->slots[k] }) < 0)
		return -1;
	b->slots[k] = v;
	return 0;
}

/* Does the text at p repeat group k? Returns the length, or -1. */
static long backref(const struct ctx *c, const size_t *slots, int k, size_t p, size_t limit)
{
	size_t so = slots[2 * k], eo = slots[2 * k + 1], q = p;

	if (so == (size_t)-1 || eo == (size_t)-1 || eo < so)
		return -1;
	if (!c->icase)
		return eo - so <= limit - p && !memcmp(c->s + so, c->s + p, eo - so)
		       ? (long)(eo - so) : -1;
	while (so < eo) {
		uint32_t a, b;
		if (q >= limit)
			return -1;
		so += char_at(c, so, &a);
		q += char_at(c, q, &b);
		if (a != b && (a >= RE_RAWBYTE || b >= RE_RAWBYTE ||
			       towlower(a) != towlower(b)))
			return -1;
	}
	return q - p;
}

/* Paths from `from`, in priority order. With end != -1, the first that
   ends exactly there; otherwise (every path is tried) the first that
   reaches the longest end. best receives its slots. Returns 1 if found,
   0 if not, -1 when out of memory or budget. */
static int backtrack(struct bt *b, size_t end, size_t *best, size_t *best_end)
{
	const struct ctx *c = b->c;
	const struct __re_inst *inst = c->pr->inst;
	size_t limit = end == (size_t)-1 ? c->n : end;
	int found = 0;

	b->nst = 0;
	if (push(b, (struct frame){ 0, 0, b->from }) < 0)
		return -1;
	while (b->nst) {
		struct frame f = b->st[--b->nst];
		int pc = f.pc;
		size_t p = f.pos;

		if (pc < 0) {
			b->slots[f.slot] = f.pos;
			continue;
		}
		for (;;) {
			const struct __re_inst *in = &inst[pc];
			uint32_t ch;
			long len;

			/* RE_NONEMPTY depends on where its iteration began, not
			   only on (instruction, position), so it is never
			   remembered; what follows it is. */
			if (!b->seen) {
				if (--b->budget < 0)
					return -1;
			} else if (in->op != RE_NONEMPTY) {
				size_t bit = (size_t)pc * b->span + (p - b->from);
				if (b->seen[bit / 8] >> (bit % 8) & 1)
					break;
				b->seen[bit / 8] |= 1 << (bit % 8);
			}
			switch (in->op) {
			case RE_CHAR: case RE_ANY: case RE_SET:
				if (p >= limit)
					goto fail;
				len = char_at(c, p, &ch);
				if (p + len > limit || !accepts(c, in, ch))
					goto fail;
				p += len, pc++;
				continue;
			case RE_BACKREF:
				len = backref(c, b->slots, in->x, p, limit);
				if (len < 0)
					goto fail;
				p += len, pc++;
				continue;
			case RE_SPLIT:
				if (push(b, (struct frame){ in->y, 0, p }) < 0)
					return -1;
				pc = in->x;
				continue;
			case RE_JMP:
				pc = in->x;
				continue;
			case RE_SAVE:
				if (set_slot(b, in->x, p) < 0)
					return -1;
				pc++;
				continue;
			case RE_PROGRESS: {
				int k = 2 * ((int)c->pr->nsub + 1) + in->x;
				if (b->slots[k] == p)
					goto fail;
				if (set_slot(b, k, p) < 0)
					return -1;
				pc++;
				continue;
			}
			case RE_MARK:
				if (set_slot(b, 2 * ((int)c->pr->nsub + 1) + in->x, p) < 0)
					return -1;
				pc++;
				continue;
			case RE_NONEMPTY:
				if (b->slots[2 * ((int)c->pr->nsub + 1) + in->x] == p)
					goto fail;
				pc++;
				continue;
			case RE_MATCH:
				if (end != (size_t)-1) {
					if (p != end)
						goto fail;
					memcpy(best, b->slots, b->nslots * sizeof *best);
					*best_end = p;
					return 1;
				}
				if (!found || p > *best_end) {
					memcpy(best, b->slots, b->nslots * sizeof *best);
					*best_end = p;
					found = 1;
					if (p == c->n)
						return 1;
				}
				goto fail;
			default:
				if (!assertion(c, in->op, p))
					goto fail;
				pc++;
				continue;
			}
		}
fail:;
	}
	return found;
}

int regexec(const regex_t *restrict re, const char *restrict s, size_t nmatch,
	    regmatch_t *restrict match, int eflags)
{
	const struct __re_prog *pr = re->__opaque;
	struct ctx c = {
		.pr = pr,
		.s = (const unsigned char *)s,
		.n = strlen(s),
		.notbol = !!(eflags & REG_NOTBOL),
		.noteol = !!(eflags & REG_NOTEOL),
		.icase = !!(pr->cflags & REG_ICASE),
		.newline = !!(pr->cflags & REG_NEWLINE),
	};
	struct bt b = { .c = &c };
	size_t so = 0, eo = 0, *best = NULL;
	int r, nslots = 2 * ((int)pr->nsub + 1) + pr->nloops;

	if (pr->cflags & REG_NOSUB)
		nmatch = 0;
	if (!pr->backrefs) {
		r = simulate(&c, &so, &eo);
		if (r <= 0)
			return r ? REG_ESPACE : REG_NOMATCH;
		if (nmatch < 2 || !pr->nsub)
			goto report;
	}
	b.nslots = nslots;
	b.slots = malloc(nslots * sizeof *b.slots);
	best = malloc(nslots * sizeof *best);
	if (!b.slots || !best) {
		r = -1;
		goto done;
	}
	if (!pr->backrefs) {
		/* Replay between the known ends for the submatches. */
		b.from = so;
		b.span = eo - so + 1;
		b.seen = calloc(((size_t)pr->ninst * b.span + 7) / 8, 1);
		if (!b.seen) {
			r = -1;
			goto done;
		}
		for (int i = 0; i < nslots; i++)
			b.slots[i] = (size_t)-1;
		r = backtrack(&b, eo, best, &eo);
		if (!r) {
			/* Cannot happen: both runs follow the same program. Still
			   report the match, without submatches, rather than deny it. */
			for (int i = 0; i < nslots; i++)
				best[i] = (size_t)-1;
			r = 1;
		}
	} else {
		b.budget = BT_BUDGET;
		for (b.from = 0;; ) {
			uint32_t ch;
			for (int i = 0; i < nslots; i++)
				b.slots[i] = (size_t)-1;
			r = backtrack(&b, (size_t)-1, best, &eo);
			if (r || b.from == c.n)
				break;
			b.from += char_at(&c, b.from, &ch);
		}
		so = b.from;
	}
done:
	free(b.st);
	free(b.seen);
	free(b.slots);
	if (r <= 0) {
		free(best);
		return r ? REG_ESPACE : REG_NOMATCH;
	}
report:
	for (size_t i = 0; i < nmatch; i++) {
		if (i == 0) {
			match[i].rm_so = so, match[i].rm_eo = eo;
		} else if (best && i <= pr->nsub && best[2 * i] != (size_t)-1 &&
			   best[2 * i + 1] != (size_t)-1) {
			match[i].rm_so = best[2 * i];
			match[i].rm_eo = best[2 * i + 1];
		} else {
			match[i].rm_so = match[i].rm_eo = -1;
		}
	}
	free(best);
	return 0;
}
