// portable
/* Every pair of encodings, over text with ASCII, Latin-1, BMP and astral
   characters: the bytes, the round trip, and where a target that cannot
   hold a character stops, or what //TRANSLIT puts instead. */
#include "iconv_test.h"

static const struct { const char *name; int level; } encs[] = {
	/* level: 0 ASCII, 1 Latin-1, 2 the BMP, 3 all of Unicode */
	{ "UTF-8", 3 }, { "UTF-16", 3 }, { "UTF-16LE", 3 }, { "UTF-16BE", 3 },
	{ "UTF-32", 3 }, { "UTF-32LE", 3 }, { "UTF-32BE", 3 }, { "UCS-2", 2 },
	{ "UCS-4", 3 }, { "WCHAR_T", 3 }, { "ISO-8859-1", 1 }, { "ASCII", 0 },
};
#define NENC (sizeof encs / sizeof *encs)

/* The same text at each level, in UTF-8. */
static const char *const samples[] = {
	"Az 09~\x7f",
	"Az 09~\x7f \xc2\x80\xc3\xa9\xc3\xbf",
	"Az 09~\x7f \xc2\x80\xc3\xa9\xc3\xbf \xe4\xb8\xad\xef\xbf\xbd\xee\x80\x80",
	"Az 09~\x7f \xc2\x80\xc3\xa9\xc3\xbf \xe4\xb8\xad\xef\xbf\xbd\xee\x80\x80"
	" \xf0\x9f\x98\x80\xf0\x90\x80\x80\xf4\x8f\xbf\xbf",
};
/* Characters glibc's C locale transliterates to '?' only. */
static const char translit[] = "A\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80z";

int main(void)
{
	char src[256], mid[256], back[256], tag[80];
	for (size_t f = 0; f < NENC; f++) {
		const char *sample = samples[encs[f].level];
		size_t n = conv(encs[f].name, "UTF-8", sample, strlen(sample), src, sizeof src);
		for (size_t t = 0; t < NENC; t++) {
			/* glibc has no WCHAR_T to WCHAR_T descriptor. */
			if (f == t && !strcmp(encs[f].name, "WCHAR_T"))
				continue;
			size_t m = conv(encs[t].name, encs[f].name, src, n, mid, sizeof mid);
			if (encs[t].level < encs[f].level)
				continue;
			/* The target holds everything: the round trip is exact. */
			iconv_t cd = iconv_open(encs[f].name, encs[t].name);
			snprintf(tag, sizeof tag, "  back %s<-%s", encs[f].name, encs[t].name);
			size_t k = run(cd, tag, mid, m, back, sizeof back);
			iconv_close(cd);
			/* The UTF-16 and UTF-32 BOM lead the source but were
			   read, not converted, in the first step. */
			CHECK(k == n && !memcmp(back, src, n));
		}
	}
	for (size_t t = 0; t < NENC; t++) {
		snprintf(tag, sizeof tag, "%s//TRANSLIT", encs[t].name);
		conv(tag, "UTF-8", translit, sizeof translit - 1, mid, sizeof mid);
	}
	return test_done();
}
