/* Where this iconv parts from glibc on purpose: UTF-8 input is read
   strictly (a prefix no character can complete is EILSEQ at once, never
   EINVAL, and nothing past U+10FFFF passes in any encoding); names may
   drop any dash or underscore; "" is UTF-8, the encoding of every locale
   here; //TRANSLIT always writes '?'; a bad descriptor is EBADF. */
#include "iconv_test.h"

#define C(to, from, in, cap) conv(to, from, in, sizeof in - 1, out, cap)

int main(void)
{
	char out[64];
	C("UTF-16LE", "UTF-8", "A\xed\xa0", 64);        /* surrogate prefix */
	C("UTF-16LE", "UTF-8", "A\xf5\x80", 64);        /* past U+10FFFF */
	C("UTF-16LE", "UTF-8", "A\xe0\x80", 64);        /* overlong prefix */
	C("UTF-16LE", "UTF-8", "A\xf4\x90\x80\x80", 64);
	C("UTF-8", "UCS-4", "\x00\x11\x00\x00", 64);
	C("UTF-8", "WCHAR_T", "\x00\x00\x11\x00", 64);
	/* //IGNORE resumes after the longest invalid prefix. */
	C("UTF-8//IGNORE", "UTF-8", "A\xe2\x82" "B\xf0\x9f\x98" "C", 64);
	C("ASCII//TRANSLIT", "UTF-8", "\xe2\x82\xac", 64);

	static const char *const names[] = { "usascii", "UTF_8", "wchart", "u-t-f-8", "" };
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		iconv_t cd = iconv_open(STR(names[i]), STR("latin1"));
		CHECK(cd != (iconv_t)-1);
		if (cd != (iconv_t)-1)
			iconv_close(cd);
	}
	conv("", "latin1", "\xe9", 1, out, 64);
	errno = 0;
	CHECK(iconv_open(STR("UTF-8"), STR("0123456789abcdefUTF8")) == (iconv_t)-1 && ERRNO == EINVAL);

	char *ip = out, *op = out;
	size_t il = 1, ol = 1;
	errno = 0;
	CHECK(iconv((iconv_t)-1, &ip, &il, &op, &ol) == (size_t)-1 && ERRNO == EBADF);
	errno = 0;
	CHECK(iconv_close((iconv_t)-1) == -1 && ERRNO == EBADF);
	return test_done();
}
