#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "getopt_impl.h"

/* As on glibc: non-options are skipped and, once options after them
   have been read, moved after those options, so that a program sees its
   options first and optind ends at the first operand. A '+' first in the
   option string, or POSIXLY_CORRECT in the environment, stops at the
   first operand instead; a '-' first returns each operand as if it were
   the argument of an option '\1'. A ':' after that silences the messages
   and reports a missing argument as ':'. Setting optind to 0 (or optreset
   to 1) starts over. */

char *optarg;
int optind = 1, opterr = 1, optopt = '?', optreset;

static char *next;                 /* the rest of a cluster of short options */
static int first_operand, end_operand;  /* the operands skipped so far */
static int started;
static enum { PERMUTE, IN_ORDER, REQUIRE } order;

static void reverse(char **v, int i, int j)
{
	for (j--; i < j; i++, j--) {
		char *t = v[i];
		v[i] = v[j];
		v[j] = t;
	}
}

/* Moves the operands [first_operand, end_operand) after the options read
   since, [end_operand, optind). */
static void rotate(char **v)
{
	reverse(v, first_operand, end_operand);
	reverse(v, end_operand, optind);
	reverse(v, first_operand, optind);
	first_operand += optind - end_operand;
	end_operand = optind;
}

static int is_operand(const char *s)
{
	return s[0] != '-' || !s[1];
}

static int long_option(int argc, char **argv, const struct option *longs,
	int *index, const char *prefix, int colon)
{
	size_t n = strcspn(next, "=");
	const struct option *found = NULL;
	int ambiguous = 0;

	for (const struct option *o = longs; o->name; o++) {
		if (strncmp(o->name, next, n))
			continue;
		if (strlen(o->name) == n) {
			found = o;
			ambiguous = 0;
			break;
		}
		if (!found)
			found = o;
		else if (o->has_arg != found->has_arg || o->flag != found->flag || o->val != found->val)
			ambiguous = 1;
	}
	if (ambiguous) {
		if (opterr && !colon)
			fprintf(stderr, "%s: option '%s%.*s' is ambiguous\n", argv[0], prefix, (int)n, next);
		next = NULL;
		optind++;
		optopt = 0;
		return '?';
	}
	if (!found) {
		if (opterr && !colon)
			fprintf(stderr, "%s: unrecognized option '%s%s'\n", argv[0], prefix, next);
		next = NULL;
		optind++;
		optopt = 0;
		return '?';
	}
	optind++;
	optarg = NULL;
	if (next[n] == '=') {
		if (found->has_arg == no_argument) {
			if (opterr && !colon)
				fprintf(stderr, "%s: option '%s%s' doesn't allow an argument\n",
					argv[0], prefix, found->name);
			next = NULL;
			optopt = found->flag ? 0 : found->val;
			return '?';
		}
		optarg = next + n + 1;
	} else if (found->has_arg == required_argument) {
		if (optind >= argc) {
			if (opterr && !colon)
				fprintf(stderr, "%s: option '%s%s' requires an argument\n",
					argv[0], prefix, found->name);
			next = NULL;
			optopt = found->flag ? 0 : found->val;
			return colon ? ':' : '?';
		}
		optarg = argv[optind++];
	}
	next = NULL;
	if (index)
		*index = (int)(found - longs);
	if (found->flag) {
		*found->flag = found->val;
		return 0;
	}
	return found->val;
}

static int parse(int argc, char *const *cargv, const char *opts, const struct option *longs,
	int *index, int long_only)
{
	char **argv = (char **)cargv;  /* permuting is what glibc does too */

	if (!optind || optreset || !started) {
		if (!optind)
			optind = 1;
		optreset = 0;
		started = 1;
		next = NULL;
		first_operand = end_operand = optind;
	}
	order = PERMUTE;
	if (*opts == '-') {
		order = IN_ORDER;
		opts++;
	} else if (*opts == '+') {
		order = REQUIRE;
		opts++;
	} else if (getenv("POSIXLY_CORRECT")) {
		order = REQUIRE;
	}
	int colon = *opts == ':';
	optarg = NULL;

	if (!next || !*next) {
		if (end_operand > optind)
			end_operand = optind;
		if (first_operand > optind)
			first_operand = optind;
		if (order == PERMUTE) {
			if (first_operand != end_operand && end_operand != optind)
				rotate(argv);
			else if (end_operand != optind)
				first_operand = optind;
			while (optind < argc && is_operand(argv[optind]))
				optind++;
			end_operand = optind;
		}
		if (optind < argc && !strcmp(argv[optind], "--")) {
			optind++;
			if (first_operand != end_operand && end_operand != optind)
				rotate(argv);
			else if (first_operand == end_operand)
				first_operand = optind;
			end_operand = argc;
			optind = argc;
		}
		if (optind >= argc) {
			if (first_operand != end_operand)
				optind = first_operand;
			return -1;
		}
		if (is_operand(argv[optind])) {
			if (order == REQUIRE)
				return -1;
			optarg = argv[optind++];
			return 1;
		}
		const char *a = argv[optind];
		if (longs && a[1] == '-') {
			next = argv[optind] + 2;
			return long_option(argc, argv, longs, index, "--", colon);
		}
		next = argv[optind] + 1;
		/* -xyz is long unless it is a known short option alone */
		if (longs && long_only && (a[2] || !strchr(opts, a[1]))) {
			size_t n = strcspn(next, "=");
			int known = 0;
			for (const struct option *o = longs; o->name; o++)
				known |= !strncmp(o->name, next, n);
			if (known || !strchr(opts, a[1]))
				return long_option(argc, argv, longs, index, "-", colon);
		}
	}

	int c = (unsigned char)*next++;
	const char *spec = c == ':' ? NULL : strchr(opts, c);
	if (!*next)
		optind++;
	if (!spec) {
		if (opterr && !colon)
			fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
		optopt = c;
		return '?';
	}
	if (spec[1] == ':') {
		if (spec[2] == ':') {
			optarg = *next ? next : NULL;
			if (*next)
				optind++;
		} else if (*next) {
			optarg = next;
			optind++;
		} else if (optind >= argc) {
			if (opterr && !colon)
				fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
			optopt = c;
			next = NULL;
			return colon ? ':' : '?';
		} else {
			optarg = argv[optind++];
		}
		next = NULL;
	}
	return c;
}

/* optopt keeps the option of the last error, starting from 0 whatever a
   program stored in it, as glibc's does. */
int __getopt(int argc, char *const *argv, const char *opts, const struct option *longs,
	int *index, int long_only)
{
	static int last_error;

	optopt = last_error;
	int r = parse(argc, argv, opts, longs, index, long_only);
	last_error = optopt;
	return r;
}
