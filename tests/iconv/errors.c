// portable
/* iconv's error cases, with where each leaves the pointers: invalid input
   (EILSEQ), input cut short (EINVAL), a full output buffer (E2BIG), what
   //IGNORE and //TRANSLIT change, byte-order marks, and the reset forms. */
#include "iconv_test.h"

#define C(to, from, in, cap) conv(to, from, in, sizeof in - 1, out, cap)

int main(void)
{
	char out[64];
	/* UTF-8 input. */
	C("UTF-16LE", "UTF-8", "A\xe2\x82", 64);        /* cut short */
	C("UTF-16LE", "UTF-8", "A\xc3", 64);
	C("UTF-16LE", "UTF-8", "A\xf0\x9f\x98", 64);
	C("UTF-16LE", "UTF-8", "A\xe2\x41", 64);        /* bad continuation */
	C("UTF-16LE", "UTF-8", "A\xc1\x81", 64);        /* overlong */
	C("UTF-16LE", "UTF-8", "A\xc0\x80", 64);
	C("UTF-16LE", "UTF-8", "A\xe0\x80\x80", 64);
	C("UTF-16LE", "UTF-8", "A\xed\xa0\x80", 64);    /* surrogate */
	C("UTF-16LE", "UTF-8", "A\x80", 64);            /* stray continuation */
	C("UTF-16LE", "UTF-8", "A\xff", 64);
	C("UTF-16LE", "UTF-8", "A\xf8\x88\x80\x80\x80", 64);
	/* UTF-16 input. */
	C("UTF-8", "UTF-16LE", "A\0\x00\xd8", 64);      /* high surrogate, cut short */
	C("UTF-8", "UTF-16LE", "A\0\x00\xd8\x41\x00", 64); /* high without low */
	C("UTF-8", "UTF-16LE", "A\0\x00\xdc", 64);      /* low alone */
	C("UTF-8", "UTF-16LE", "A\0B", 64);             /* odd length */
	C("UTF-8", "UTF-16BE", "\xd8\x3d\xde\x00\xdc\x00", 64);
	C("UTF-8", "UCS-2", "A\0\x00\xd8", 64);
	C("UTF-8", "UCS-2", "A\0B", 64);
	/* UTF-32 and its kin. */
	C("UTF-8", "UTF-32LE", "A\0\0\0\x00\x00\x11\x00", 64);
	C("UTF-8", "UTF-32LE", "A\0\0\0\x00\xd8\x00\x00", 64);
	C("UTF-8", "UTF-32BE", "\0\0\0A\0\0", 64);
	C("UTF-8", "WCHAR_T", "\x00\xd8\x00\x00", 64);
	C("UTF-8", "UCS-4", "\0\0\0A\xff\0\0\0", 64);
	C("UTF-8", "UTF-32", "\0\0\0A", 64);           /* no BOM: little-endian */
	/* Single bytes. */
	C("UTF-8", "ASCII", "A\x80", 64);
	C("UTF-8", "ISO-8859-1", "A\x80\xff", 64);
	C("ISO-8859-1", "UTF-8", "A\xc4\x80", 64);
	C("ASCII", "UTF-8", "A\xc2\x80", 64);
	C("UCS-2", "UTF-8", "A\xf0\x9f\x98\x80", 64);

	/* E2BIG: the output stops before the first character that does not
	   fit, BOM included. */
	C("UTF-16", "UTF-8", "AB", 0);
	C("UTF-16", "UTF-8", "AB", 1);
	C("UTF-16", "UTF-8", "AB", 3);
	C("UTF-16", "UTF-8", "AB", 5);
	C("UTF-32", "UTF-8", "AB", 3);
	C("UTF-32", "UTF-8", "AB", 7);
	C("UTF-16LE", "UTF-8", "A\xf0\x9f\x98\x80", 5);
	C("UTF-32BE", "UTF-8", "\xf0\x9f\x98\x80", 3);
	C("UTF-8", "UTF-16LE", "A\0\x3d\xd8\x00\xde", 4);
	C("UTF-8", "ISO-8859-1", "\xe9\xe9", 3);
	C("ASCII//TRANSLIT", "UTF-8", "A\xc3\xa9", 1);
	C("ASCII//IGNORE", "UTF-8", "\xc3\xa9" "ABC", 1);
	/* E2BIG wins over invalid input further on. */
	C("UTF-8", "UTF-8", "AB\xff", 1);
	C("UTF-8", "UTF-8", "", 0);

	/* //IGNORE skips what cannot be read or written, then fails with
	   EILSEQ having consumed everything; //TRANSLIT writes '?' and counts
	   it. Suffixes are case-insensitive; unknown ones and those on
	   fromcode are ignored. */
	C("ASCII//IGNORE", "UTF-8", "A\xc3\xa9" "B\xe4\xb8\xad", 64);
	C("ASCII//IGNORE", "UTF-8", "A\xff" "B", 64);
	C("UTF-8//IGNORE", "UTF-8", "A\xff\xfe" "B\xe2\x82\xac", 64);
	C("UTF-8//IGNORE", "UTF-16LE", "A\0\x00\xdc" "B\0", 64);
	C("UTF-8//IGNORE", "UTF-8", "A\xe2\x82", 64);   /* cut short is still EINVAL */
	C("ISO-8859-1//IGNORE", "UTF-8", "", 64);
	C("ASCII//TRANSLIT", "UTF-8", "A\xc3\xa9" "B\xf0\x9f\x98\x80", 64);
	C("ASCII//translit", "UTF-8", "A\xc3\xa9", 64);
	C("ASCII//TRANSLIT//IGNORE", "UTF-8", "A\xe4\xb8\xad", 64);
	C("ISO-8859-1//IGNORE//TRANSLIT", "UTF-8", "\xe4\xb8\xad\xc3\xa9", 64);
	C("ISO-8859-1//IGNORE,TRANSLIT", "UTF-8", "\xe4\xb8\xad\xc3\xa9", 64);
	C("UTF-8//TRANSLIT", "UTF-8", "A\xff", 64);      /* invalid input stays invalid */
	C("UTF-8", "UTF-8//IGNORE", "A\xff", 64);
	C("ASCII//FOO", "UTF-8", "AB", 64);

	/* Byte-order marks: read by UTF-16 and UTF-32, which then keep that
	   order; characters elsewhere. */
	C("UTF-8", "UTF-16", "\xff\xfe" "A\0", 64);
	C("UTF-8", "UTF-16", "\xfe\xff\0A", 64);
	C("UTF-8", "UTF-16", "A\0", 64);
	C("UTF-8", "UTF-16", "\xfe\xff", 64);
	C("UTF-8", "UTF-16", "\xfe", 64);
	C("UTF-8", "UTF-16LE", "\xff\xfe" "A\0", 64);
	C("UTF-8", "UTF-16BE", "\xfe\xff\0A", 64);
	C("UTF-8", "UTF-32", "\xff\xfe\0\0" "A\0\0\0", 64);
	C("UTF-8", "UTF-32", "\0\0\xfe\xff\0\0\0A", 64);
	C("UTF-8", "UTF-32BE", "\0\0\xfe\xff\0\0\0A", 64);
	C("UTF-8", "UCS-2", "\xfe\xff" "A\0", 64);
	C("UTF-16", "UTF-8", "", 64);
	C("UTF-16LE", "UTF-8", "\xef\xbb\xbf" "A", 64);

	iconv_t cd = iconv_open("UTF-8", "UTF-16");
	run(cd, "  be", "\xfe\xff\0A", 4, out, 64);
	run(cd, "  same order", "\0B", 2, out, 64);
	run(cd, "  mark now a character", "\xff\xfe", 2, out, 64);
	CHECK_EQ(iconv(cd, NULL, NULL, NULL, NULL), 0);
	run(cd, "  after reset", "\0C", 2, out, 64);
	iconv_close(cd);

	/* The reset forms: a BOM is owed again afterwards. */
	cd = iconv_open("UTF-16", "UTF-8");
	run(cd, "  no room", "A", 1, out, 1);
	run(cd, "  room", "A", 1, out, 64);
	run(cd, "  no second BOM", "B", 1, out, 64);
	CHECK_EQ(iconv(cd, NULL, NULL, NULL, NULL), 0);
	run(cd, "  after reset", "C", 1, out, 64);
	char *op = out;
	size_t ol = sizeof out;
	CHECK_EQ(iconv(cd, NULL, NULL, &op, &ol), 0);
	CHECK(op == out && ol == sizeof out);
	run(cd, "  after flush", "D", 1, out, 64);
	char *ip = NULL;
	size_t il = 5;
	CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), 0);
	CHECK(op == out && ol == sizeof out && il == 5);
	iconv_close(cd);

	/* Names: case and dashes as glibc spells them; unknown ones fail. */
	static const char *const good[] = {
		"utf8", "UTF8", "utf-8", "Utf-16le", "utf16be", "UTF-32le", "ucs-2",
		"UCS-2LE", "UCS-2BE", "ucs-4", "UCS-4LE", "UCS-4BE", "wchar_t",
		"latin1", "LATIN1", "ISO8859-1", "iso_8859-1", "iso-8859-1", "us-ascii",
		"ascii", "ANSI_X3.4-1968", "UTF-8//IGNORE",
	};
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		cd = iconv_open(STR(good[i]), STR("UTF-8"));
		CHECK(cd != (iconv_t)-1);
		if (cd != (iconv_t)-1)
			iconv_close(cd);
		cd = iconv_open(STR("UTF-8"), STR(good[i]));
		CHECK(cd != (iconv_t)-1);
		if (cd != (iconv_t)-1)
			iconv_close(cd);
	}
	static const char *const bad[] = {
		"UTF-9", "FOO", "UTF-8X", "UTF", "LATIN-9X", "UTF-16XE",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		errno = 0;
		CHECK(iconv_open(STR(bad[i]), STR("UTF-8")) == (iconv_t)-1 && ERRNO == EINVAL);
		errno = 0;
		CHECK(iconv_open(STR("UTF-8"), STR(bad[i])) == (iconv_t)-1 && ERRNO == EINVAL);
	}
	return test_done();
}
