// portable
// scratch
/* Seeks that cross buffer boundaries, under several buffer sizes: reads
   and writes at pseudo-random offsets of a file larger than any buffer,
   checked against a model of the file kept in memory. */
#include <stdio.h>
#include <string.h>

#include "test.h"

#define LEN 20000

static unsigned char model[LEN];
static unsigned seed = 12345;

static unsigned next(void)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 8) & 0xffffff;
}

static void run(size_t bufsize)
{
	static char buf[9000];
	FILE *f = fopen("big", "w+");
	CHECK(f != NULL);
	if (bufsize)
		CHECK(setvbuf(f, buf, _IOFBF, bufsize) == 0);
	else
		CHECK(setvbuf(f, NULL, _IONBF, 0) == 0);
	for (int i = 0; i < LEN; i++)
		model[i] = (unsigned char)('a' + i % 26);
	CHECK(fwrite(model, 1, LEN, f) == LEN);
	CHECK(ftell(f) == LEN);
	int bad = 0;
	for (int step = 0; step < 400; step++) {
		long at = (long)(next() % LEN);
		int whence = step % 3;
		long off = whence == SEEK_SET ? at : whence == SEEK_CUR ? at - ftell(f) : at - LEN;
		CHECK(fseek(f, off, whence) == 0);
		CHECK(ftell(f) == at);
		size_t n = next() % 700;
		if (at + (long)n > LEN)
			n = (size_t)(LEN - at);
		if (step % 4 == 3) {
			unsigned char out[700];
			for (size_t i = 0; i < n; i++)
				out[i] = (unsigned char)('A' + next() % 26);
			CHECK(fwrite(out, 1, n, f) == n);
			memcpy(model + at, out, n);
		} else {
			unsigned char in[700];
			size_t got = step % 2 ? fread(in, 1, n, f) : 0;
			if (!(step % 2))
				for (int c; got < n && (c = fgetc(f)) != EOF;)
					in[got++] = (unsigned char)c;
			CHECK(got == n);
			if (memcmp(in, model + at, n))
				bad++;
		}
		CHECK(ftell(f) == at + (long)n);
	}
	CHECK(bad == 0);
	/* fgetpos and fsetpos round-trip; rewind clears the error flag */
	fpos_t pos;
	CHECK(fseek(f, 4097, SEEK_SET) == 0);
	CHECK(fgetpos(f, &pos) == 0);
	CHECK(fgetc(f) == model[4097]);
	CHECK(fseek(f, 10, SEEK_END) == 0);
	CHECK(fgetc(f) == EOF && feof(f));
	CHECK(fsetpos(f, &pos) == 0);
	CHECK(!feof(f));
	CHECK(fgetc(f) == model[4097]);
	rewind(f);
	CHECK(ftell(f) == 0 && fgetc(f) == model[0]);
	/* seeking past the end and writing leaves a hole of zeros */
	CHECK(fseek(f, 5, SEEK_END) == 0);
	CHECK(fputc('Z', f) == 'Z');
	CHECK(fseek(f, LEN, SEEK_SET) == 0);
	unsigned char hole[6];
	CHECK(fread(hole, 1, 6, f) == 6);
	CHECK(!memcmp(hole, "\0\0\0\0\0Z", 6));
	CHECK(fseeko(f, 0, SEEK_END) == 0 && ftello(f) == LEN + 6);
	/* the final contents, read through a fresh stream */
	CHECK(fclose(f) == 0);
	f = fopen("big", "r");
	CHECK(f != NULL);
	static unsigned char back[LEN + 6];
	CHECK(fread(back, 1, sizeof back, f) == sizeof back);
	CHECK(!memcmp(back, model, LEN));
	CHECK(fgetc(f) == EOF && feof(f) && !ferror(f));
	CHECK(fclose(f) == 0);
	printf("buffer %zu: %d reads differed\n", bufsize, bad);
}

int main(void)
{
	static const size_t sizes[] = { 0, 1, 7, 512, 4096, 8192 };
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
		run(sizes[i]);
	/* bad seeks fail and leave the position */
	FILE *f = fopen("big", "r");
	CHECK(f != NULL);
	CHECK(fgetc(f) == 'a');
	errno = 0;
	CHECK(fseek(f, -5, SEEK_SET) == -1 && ERRNO == EINVAL);
	errno = 0;
	CHECK(fseek(f, 0, 42) == -1 && ERRNO == EINVAL);
	CHECK(ftell(f) == 1 && fgetc(f) == 'b');
	CHECK(fclose(f) == 0);
	return test_done();
}
