// portable
// scratch
/* The wide stream functions over UTF-8: orientation (fixed by the first
   operation, queried by fwide(f, 0), and a conflict fails without touching
   errno or the error flag), encoding errors (WEOF with EILSEQ and the error
   flag; the bad bytes stay unread; a character cut by the end of the file
   is the end of the file), end of file, ungetwc at the start of a
   file and after a read, fgetws line by line, under every buffering. */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "test.h"

/* setlocale may be missing from the sysroot, whose only encoding is UTF-8
   anyway; glibc needs it. */
extern char *setlocale(int, const char *) __attribute__((__weak__));

static void put_bytes(const char *name, const char *bytes, size_t n)
{
	FILE *f = fopen(name, "w");
	CHECK(f != NULL);
	CHECK(fwrite(bytes, 1, n, f) == n);
	CHECK(fclose(f) == 0);
}

static void orientation(void)
{
	FILE *f = fopen("o", "w+");
	CHECK(f != NULL);
	CHECK_EQ(fwide(f, 0), 0);
	CHECK_EQ(fputwc(L'\u00e9', f), 0xe9);
	CHECK(fwide(f, 0) > 0);
	CHECK(fwide(f, -1) > 0);   /* fixed */
	errno = 0;
	CHECK_EQ(fputs("x", f), EOF);
	CHECK_EQ(fprintf(f, "x"), -1);
	CHECK_EQ(fwrite("ab", 1, 2, f), 0);
	CHECK_EQ(ERRNO, 0);
	CHECK(!ferror(f));
	rewind(f);
	CHECK(fwide(f, 0) > 0);    /* a seek keeps it */
	CHECK_EQ(fgetc(f), EOF);
	CHECK(!ferror(f));
	CHECK_EQ(fgetwc(f), 0xe9);
	CHECK_EQ(fgetwc(f), (wint_t)WEOF);
	CHECK(feof(f));
	CHECK(!ferror(f));
	CHECK_EQ(fgetwc(f), (wint_t)WEOF);
	CHECK(fclose(f) == 0);

	f = fopen("o", "w+");
	CHECK(f != NULL);
	CHECK(fputs("abc", f) >= 0);
	CHECK(fwide(f, 0) < 0);
	CHECK(fwide(f, 1) < 0);
	errno = 0;
	CHECK_EQ(fputwc(L'x', f), (wint_t)WEOF);
	CHECK_EQ(fputws(L"x", f), -1);
	CHECK_EQ(fwprintf(f, L"x"), -1);
	rewind(f);
	CHECK_EQ(fgetwc(f), (wint_t)WEOF);
	CHECK(fgetws((wchar_t[4]){ 0 }, 4, f) == NULL);
	CHECK_EQ(ERRNO, 0);
	CHECK(!ferror(f));
	CHECK(!feof(f));
	CHECK_EQ(fgetc(f), 'a');
	CHECK(fclose(f) == 0);

	/* fwide fixes it too, and freopen forgets it */
	f = fopen("o", "r");
	CHECK(f != NULL);
	CHECK(fwide(f, 5) > 0);
	CHECK_EQ(fgetc(f), EOF);
	f = freopen("o", "r", f);
	CHECK(f != NULL);
	CHECK_EQ(fwide(f, 0), 0);
	CHECK(fwide(f, -3) < 0);
	CHECK(fclose(f) == 0);
}

static void encoding_errors(void)
{
	/* a stray continuation byte, then a character cut by end of file */
	put_bytes("e", "a\x80z\xe2\x82", 5);
	FILE *f = fopen("e", "r");
	CHECK(f != NULL);
	CHECK_EQ(fgetwc(f), 'a');
	errno = 0;
	CHECK_EQ(fgetwc(f), (wint_t)WEOF);
	CHECK_EQ(ERRNO, EILSEQ);
	CHECK(ferror(f));
	CHECK(!feof(f));
	clearerr(f);
	errno = 0;
	CHECK_EQ(fgetwc(f), (wint_t)WEOF);   /* still there */
	CHECK_EQ(ERRNO, EILSEQ);
	CHECK(fseek(f, 2, SEEK_SET) == 0);
	clearerr(f);
	CHECK_EQ(fgetwc(f), 'z');
	/* glibc takes a character cut short by the end of the file as the
	   end of the file */
	errno = 0;
	CHECK_EQ(fgetwc(f), (wint_t)WEOF);
	CHECK_EQ(ERRNO, 0);
	CHECK(!ferror(f));
	CHECK(feof(f));
	CHECK(fclose(f) == 0);

	/* an encoding error in fgetws: NULL */
	put_bytes("e", "ok\xff\n", 4);
	f = fopen("e", "r");
	CHECK(f != NULL);
	wchar_t line[8];
	errno = 0;
	CHECK(fgetws(line, 8, f) == NULL);
	CHECK_EQ(ERRNO, EILSEQ);
	CHECK(ferror(f));
	CHECK(fclose(f) == 0);
}

static void reading(int mode)
{
	static char buf[8];
	/* U+00E9, U+20AC, U+1F600: characters of 2, 3 and 4 bytes, which a
	   buffer of 8 bytes cuts */
	put_bytes("r", "x\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n2nd line\nend", 24);
	FILE *f = fopen("r", "r");
	CHECK(f != NULL);
	CHECK(setvbuf(f, mode == _IONBF ? NULL : buf, mode, sizeof buf) == 0);

	/* ungetwc before anything is read */
	CHECK_EQ(ungetwc(0x1f600, f), 0x1f600);
	CHECK_EQ(fgetwc(f), 0x1f600);
	CHECK_EQ(getwc(f), 'x');
	CHECK_EQ(fgetwc(f), 0xe9);
	CHECK_EQ(fgetwc(f), 0x20ac);
	CHECK_EQ(fgetwc(f), 0x1f600);
	/* ungetwc of a character other than the one read */
	CHECK_EQ(ungetwc(0x20ac, f), 0x20ac);
	CHECK_EQ(fgetwc(f), 0x20ac);
	CHECK_EQ(ungetwc(WEOF, f), (wint_t)WEOF);

	wchar_t line[16];
	CHECK(fgetws(line, 16, f) == line);
	CHECK(wcscmp(line, L"\n") == 0);
	CHECK(fgetws(line, 5, f) == line);
	CHECK(wcscmp(line, L"2nd ") == 0);
	CHECK(fgetws(line, 16, f) == line);
	CHECK(wcscmp(line, L"line\n") == 0);
	CHECK(fgetws(line, 16, f) == line);
	CHECK(wcscmp(line, L"end") == 0);
	CHECK(feof(f));
	CHECK(fgetws(line, 16, f) == NULL);
	CHECK(wcscmp(line, L"end") == 0);   /* untouched at end of file */
	CHECK_EQ(fgetwc(f), (wint_t)WEOF);
	/* ungetwc clears end of file */
	CHECK_EQ(ungetwc(L'\u00e9', f), 0xe9);
	CHECK(!feof(f));
	CHECK_EQ(fgetwc(f), 0xe9);
	CHECK(fclose(f) == 0);
}

static void writing(int mode)
{
	static char buf[8];
	FILE *f = fopen("w", "w");
	CHECK(f != NULL);
	CHECK(setvbuf(f, mode == _IONBF ? NULL : buf, mode, sizeof buf) == 0);
	CHECK_EQ(fputwc(L'a', f), 'a');
	CHECK_EQ(putwc(0x1f600, f), 0x1f600);
	CHECK(fputws(L"\u00e9t\u00e9\n", f) >= 0);
	CHECK_EQ(fwprintf(f, L"%d-%ls-%s\n", 42, L"\u20ac", "\xc3\xa9"), 7);
	CHECK(fclose(f) == 0);

	f = fopen("w", "r");
	CHECK(f != NULL);
	char got[64];
	size_t n = fread(got, 1, sizeof got, f);
	CHECK_EQ(n, 21);
	CHECK(memcmp(got, "a\xf0\x9f\x98\x80\xc3\xa9t\xc3\xa9\n42-\xe2\x82\xac-\xc3\xa9\n", 21) == 0);
	CHECK(fclose(f) == 0);
}

int main(void)
{
	CHECK(!setlocale || setlocale(LC_ALL, "C.UTF-8") != NULL);
	orientation();
	encoding_errors();
	int modes[] = { _IOFBF, _IOLBF, _IONBF };
	for (int i = 0; i < 3; i++) {
		reading(modes[i]);
		writing(modes[i]);
	}
	return test_done();
}
