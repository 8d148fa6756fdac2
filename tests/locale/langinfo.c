// portable
/* nl_langinfo and nl_langinfo_l: the C locale's strings. CODESET is
   checked under C.UTF-8 only: glibc's "C" is ASCII (see c_utf8.c). */
#define _GNU_SOURCE
#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include "test.h"

static const struct { nl_item item; const char *name; } items[] = {
	{ RADIXCHAR, "RADIXCHAR" }, { THOUSEP, "THOUSEP" }, { CRNCYSTR, "CRNCYSTR" },
	{ YESEXPR, "YESEXPR" }, { NOEXPR, "NOEXPR" }, { YESSTR, "YESSTR" }, { NOSTR, "NOSTR" },
	{ ABDAY_1, "ABDAY_1" }, { ABDAY_2, "ABDAY_2" }, { ABDAY_3, "ABDAY_3" },
	{ ABDAY_4, "ABDAY_4" }, { ABDAY_5, "ABDAY_5" }, { ABDAY_6, "ABDAY_6" },
	{ ABDAY_7, "ABDAY_7" }, { DAY_1, "DAY_1" }, { DAY_2, "DAY_2" }, { DAY_3, "DAY_3" },
	{ DAY_4, "DAY_4" }, { DAY_5, "DAY_5" }, { DAY_6, "DAY_6" }, { DAY_7, "DAY_7" },
	{ ABMON_1, "ABMON_1" }, { ABMON_2, "ABMON_2" }, { ABMON_3, "ABMON_3" },
	{ ABMON_4, "ABMON_4" }, { ABMON_5, "ABMON_5" }, { ABMON_6, "ABMON_6" },
	{ ABMON_7, "ABMON_7" }, { ABMON_8, "ABMON_8" }, { ABMON_9, "ABMON_9" },
	{ ABMON_10, "ABMON_10" }, { ABMON_11, "ABMON_11" }, { ABMON_12, "ABMON_12" },
	{ MON_1, "MON_1" }, { MON_2, "MON_2" }, { MON_3, "MON_3" }, { MON_4, "MON_4" },
	{ MON_5, "MON_5" }, { MON_6, "MON_6" }, { MON_7, "MON_7" }, { MON_8, "MON_8" },
	{ MON_9, "MON_9" }, { MON_10, "MON_10" }, { MON_11, "MON_11" }, { MON_12, "MON_12" },
	{ AM_STR, "AM_STR" }, { PM_STR, "PM_STR" }, { D_T_FMT, "D_T_FMT" },
	{ D_FMT, "D_FMT" }, { T_FMT, "T_FMT" }, { T_FMT_AMPM, "T_FMT_AMPM" },
	{ ERA, "ERA" }, { ERA_D_FMT, "ERA_D_FMT" }, { ALT_DIGITS, "ALT_DIGITS" },
	{ ERA_D_T_FMT, "ERA_D_T_FMT" }, { ERA_T_FMT, "ERA_T_FMT" },
};

int main(void)
{
	for (size_t i = 0; i < sizeof items / sizeof *items; i++)
		printf("%s=[%s]\n", items[i].name, nl_langinfo(items[i].item));

	/* Every locale answers the same, through either interface. */
	CHECK(setlocale(LC_ALL, "C.UTF-8"));
	locale_t c = newlocale(LC_ALL_MASK, "C", NULL);
	locale_t u = newlocale(LC_CTYPE_MASK, "C.utf8", NULL);
	CHECK(c && u);
	for (size_t i = 0; i < sizeof items / sizeof *items; i++) {
		const char *want = nl_langinfo(items[i].item);
		CHECK(strcmp(nl_langinfo_l(items[i].item, c), want) == 0);
		CHECK(strcmp(nl_langinfo_l(items[i].item, u), want) == 0);
	}
	CHECK(strcmp(nl_langinfo(CODESET), "UTF-8") == 0);
	CHECK(strcmp(nl_langinfo_l(CODESET, u), "UTF-8") == 0);

	/* Items that do not exist give "". */
	CHECK(strcmp(nl_langinfo(NUM(12345)), "") == 0);
	CHECK(strcmp(nl_langinfo(NUM(-1)), "") == 0);
	CHECK(strcmp(nl_langinfo(NUM(0x7fff0000)), "") == 0);

	/* GNU's _NL_LOCALE_NAME. */
	CHECK(strcmp(nl_langinfo(_NL_LOCALE_NAME(LC_CTYPE)), "C.UTF-8") == 0);
	CHECK(strcmp(nl_langinfo_l(_NL_LOCALE_NAME(LC_CTYPE), u), "C.utf8") == 0);
	CHECK(strcmp(nl_langinfo_l(_NL_LOCALE_NAME(LC_TIME), u), "C") == 0);
	CHECK(strcmp(nl_langinfo_l(_NL_LOCALE_NAME(LC_MESSAGES), c), "C") == 0);
	locale_t g = duplocale(LC_GLOBAL_LOCALE);
	CHECK(g != NULL);
	CHECK(strcmp(nl_langinfo_l(_NL_LOCALE_NAME(LC_TIME), g), "C.UTF-8") == 0);
	freelocale(g);
	/* nl_langinfo follows uselocale. */
	uselocale(u);
	CHECK(strcmp(nl_langinfo(_NL_LOCALE_NAME(LC_CTYPE)), "C.utf8") == 0);
	CHECK(strcmp(nl_langinfo(_NL_LOCALE_NAME(LC_NUMERIC)), "C") == 0);
	uselocale(LC_GLOBAL_LOCALE);
	freelocale(c);
	freelocale(u);
	return test_done();
}
