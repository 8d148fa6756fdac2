/* fputc and fwrite throughput: bytes one at a time, then fwrite in pieces
   from a byte to more than a buffer, to stdout (a pipe or a file, so fully
   buffered; the bench gives programs no preopened directory to make a file
   in). Both libcs must print the same bytes. */
#include <stdio.h>

int main(int argc, char **argv)
{
	(void)argv;
	static char block[20000];
	for (size_t i = 0; i < sizeof block; i++)
		block[i] = (char)('a' + i % 26);
	block[sizeof block - 1] = '\n';

	int rounds = 60 * argc;
	for (int r = 0; r < rounds; r++)
		for (int i = 0; i < 50000; i++)
			fputc(i % 64 == 63 ? '\n' : 'A' + (i + r) % 26, stdout);

	static const size_t pieces[] = { 1, 7, 64, 1000, 5000, 20000 };
	for (size_t p = 0; p < sizeof pieces / sizeof *pieces; p++) {
		size_t n = pieces[p];
		for (size_t total = 0; total < 2000000 * (size_t)argc; total += n)
			fwrite(block + total % (sizeof block - n + 1), 1, n, stdout);
	}
	return 0;
}
