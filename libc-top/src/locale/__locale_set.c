#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "locale_impl.h"

const char __locale_cat_names[__LOCALE_CATS][12] = {
	"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
};

/* Copies the canonical spelling of the `len` bytes at `name` to `out`, or
   returns -1 when they name no locale of ours. Like glibc, "POSIX" becomes
   "C" and a "C.<codeset>" name keeps the caller's spelling, the codeset
   compared ignoring case and punctuation. */
static int canon(char out[__LOCALE_NAME_MAX], const char *name, size_t len)
{
	if ((len == 1 && name[0] == 'C') || (len == 5 && !memcmp(name, "POSIX", 5))) {
		strcpy(out, "C");
		return 0;
	}
	if (len < 3 || len >= __LOCALE_NAME_MAX || memcmp(name, "C.", 2))
		return -1;
	char norm[__LOCALE_NAME_MAX];
	size_t n = 0;
	for (size_t i = 2; i < len; i++) {
		unsigned char c = name[i];
		if (c >= 'A' && c <= 'Z')
			norm[n++] = c | 32;
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			norm[n++] = c;
		else if (c != '-' && c != '_' && c != '.')
			return -1;
	}
	if (n != 4 || memcmp(norm, "utf8", 4))
		return -1;
	memcpy(out, name, len);
	out[len] = 0;
	return 0;
}

/* POSIX's order for "": LC_ALL, then the category's own variable, then
   LANG, each only when set and not empty; else the default, "C". */
static const char *from_env(int cat)
{
	const char *vars[] = { "LC_ALL", __locale_cat_names[cat], "LANG" };
	for (int i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return v;
	}
	return "C";
}

static int set_one(struct __locale_struct *loc, int cat, const char *name, size_t len)
{
	if (!len) {
		name = from_env(cat);
		len = strlen(name);
	}
	return canon(loc->name[cat], name, len);
}

/* "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;...": each named category changes. */
static int set_composite(struct __locale_struct *loc, const char *s)
{
	while (*s) {
		const char *eq = strchr(s, '=');
		if (!eq)
			return -1;
		size_t klen = eq - s;
		int cat = 0;
		while (cat < __LOCALE_CATS &&
		       (strlen(__locale_cat_names[cat]) != klen || memcmp(s, __locale_cat_names[cat], klen)))
			cat++;
		if (cat == __LOCALE_CATS)
			return -1;
		const char *v = eq + 1;
		size_t vlen = strcspn(v, ";");
		if (!vlen || set_one(loc, cat, v, vlen) < 0)
			return -1;
		s = v + vlen + (v[vlen] == ';');
	}
	return 0;
}

int __locale_set(struct __locale_struct *loc, int mask, const char *name)
{
	struct __locale_struct tmp = *loc;
	int ok = 0;
	if (strchr(name, '=')) {
		ok = mask == (1 << __LOCALE_CATS) - 1 ? set_composite(&tmp, name) : -1;
	} else {
		size_t len = strlen(name);
		for (int cat = 0; cat < __LOCALE_CATS && !ok; cat++)
			if (mask & (1 << cat))
				ok = set_one(&tmp, cat, name, len);
	}
	if (ok < 0) {
		errno = ENOENT;
		return -1;
	}
	*loc = tmp;
	return 0;
}
