// portable
/* The substring searches on the inputs that make a naive search quadratic:
   a long run of one character, and a needle that matches all but its last
   character at every position. Two-Way (twoway_impl.h) does each in linear
   time; a quadratic search would take minutes here. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "test.h"

#define HAY 300000
#define NEEDLE 3000

int main(void)
{
	char *hay = malloc(HAY + 2), *needle = malloc(NEEDLE + 1);
	wchar_t *whay = malloc((HAY + 2) * sizeof *whay), *wneedle = malloc((NEEDLE + 1) * sizeof *wneedle);
	CHECK(hay && needle && whay && wneedle);

	memset(hay, 'a', HAY);
	hay[HAY] = 0;
	memset(needle, 'a', NEEDLE - 1);
	needle[NEEDLE - 1] = 'b';
	needle[NEEDLE] = 0;
	CHECK(strstr(hay, needle) == NULL);
	CHECK(memmem(hay, HAY, needle, NEEDLE) == NULL);

	/* Found at the very end once the haystack ends in the needle. */
	hay[HAY - 1] = 'b';
	CHECK(strstr(hay, needle) == hay + HAY - NEEDLE);
	CHECK(memmem(hay, HAY, needle, NEEDLE) == hay + HAY - NEEDLE);

	/* The same modulo case: the haystack upper case, the needle mixed. */
	for (size_t i = 0; i < HAY; i++)
		hay[i] = hay[i] == 'a' ? 'A' : 'B';
	for (size_t i = 0; i < NEEDLE; i += 2)
		needle[i] = needle[i] == 'a' ? 'A' : 'B';
	CHECK(strcasestr(hay, needle) == hay + HAY - NEEDLE);
	hay[HAY - 1] = 'A';
	CHECK(strcasestr(hay, needle) == NULL);
	/* A periodic needle ("abab...") against a near miss. */
	for (size_t i = 0; i < HAY; i++)
		hay[i] = "aB"[i % 2];
	for (size_t i = 0; i < NEEDLE; i++)
		needle[i] = "Ab"[i % 2];
	CHECK(strcasestr(hay, needle) == hay);
	CHECK(strcasestr(hay + 1, needle) == hay + 2);

	for (size_t i = 0; i < HAY; i++)
		whay[i] = L'\x444';
	whay[HAY] = 0;
	for (size_t i = 0; i < NEEDLE; i++)
		wneedle[i] = L'\x444';
	wneedle[NEEDLE - 1] = L'\x445';
	wneedle[NEEDLE] = 0;
	CHECK(wcsstr(whay, wneedle) == NULL);
	whay[HAY - 1] = L'\x445';
	CHECK(wcsstr(whay, wneedle) == whay + HAY - NEEDLE);
	CHECK(wcsstr(whay, wneedle + NEEDLE - 1) == whay + HAY - 1);

	free(hay);
	free(needle);
	free(whay);
	free(wneedle);
	return test_done();
}
