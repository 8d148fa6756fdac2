/* The body of the string_* benches: memcpy memset memmove memcmp strlen
   strchr strcmp memchr at each size from MIN_SIZE to MAX_SIZE (doubling,
   plus odd sizes between), over about BYTES bytes in all per function,
   at shifting alignments. The results feed a checksum so that no call can
   be dropped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLACK 64

int main(int argc, char **argv)
{
	(void)argv;
	unsigned char *a = malloc(MAX_SIZE + SLACK), *b = malloc(MAX_SIZE + SLACK);
	if (!a || !b)
		return 1;
	unsigned long sum = 0;
	for (size_t size = MIN_SIZE; size <= MAX_SIZE; size = size < 8 ? size + 1 : size * 3 / 2) {
		size_t reps = (size_t)BYTES / size * (size_t)argc;
		memset(a, 'x', MAX_SIZE + SLACK);
		memset(b, 'x', MAX_SIZE + SLACK);
		for (size_t r = 0; r < reps; r++) {
			size_t i = r & 7, j = (r >> 3) & 7;
			unsigned char *x = a + i, *y = b + j;
			x[size] = 0;
			y[size] = 0;
			memcpy(y, x, size);
			memset(x, 'x', size);
			memmove(x + 1, x, size);
			sum += (unsigned)memcmp(x, y, size) & 1;
			sum += strlen((char *)x);
			sum += strchr((char *)y, 'y') == NULL;
			sum += (unsigned)strcmp((char *)x, (char *)y) & 1;
			sum += memchr(y, 0, size + 1) != NULL;
			x[size] = 'x';
			y[size] = 'x';
		}
	}
	printf("checksum %lu\n", sum);
	free(a);
	free(b);
	return 0;
}
