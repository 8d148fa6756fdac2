// portable
/* A program whose stdout is wide from the first write: wprintf, putwchar
   and fputws share it, and byte output to it then fails. The checks are
   reported with wprintf, since printf cannot write to this stdout. */
#include <locale.h>
#include <stdio.h>
#include <wchar.h>

extern char *setlocale(int, const char *) __attribute__((__weak__));

static int failures, checks;

#define WCHECK(e) ((void)(checks++, (e) ? 0 : (failures++, wprintf(L"FAIL line %d: %s\n", __LINE__, #e))))

int main(void)
{
	WCHECK(!setlocale || setlocale(LC_ALL, "C.UTF-8") != NULL);
	WCHECK(fwide(stdout, 0) == 0);
	WCHECK(wprintf(L"%ls|%5ls|%-4lc|%.2s|\n", L"\u00e9t\u00e9", L"\u20ac", (wint_t)0x1f600, "\xc3\xa9\xc3\xa9\xc3\xa9") == 19);
	WCHECK(fwide(stdout, 0) > 0);
	WCHECK(putwchar(L'\u00e9') == 0xe9);
	WCHECK(putwchar(L'\n') == L'\n');
	WCHECK(fputws(L"caf\u00e9\n", stdout) >= 0);
	WCHECK(printf("bytes\n") == -1);
	WCHECK(puts("bytes") == EOF);
	WCHECK(!ferror(stdout));
	if (failures)
		wprintf(L"%d of %d checks FAILED\n", failures, checks);
	else
		wprintf(L"ok %d checks\n", checks);
	return failures != 0;
}
