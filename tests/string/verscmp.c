// portable
#define _GNU_SOURCE
#include <string.h>
#include "test.h"

static const char *const words[] = {
	"", "a", "a0", "a00", "a000", "a01", "a010", "a09", "a1", "a9", "a10", "a1b", "a12",
	"item2", "item10", "item010", "item01", "x.0", "x.00", "1.2.10", "1.2.9", "1.02",
	"1.002", "9", "10", "0", "00", "000", "01", "010", "09", "abc", "abd", "ab", "\xe9",
	"a99b", "a100", "a0099", "a0100",
};

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

/* Every pair, as a matrix of signs, for glibc's run to agree with. */
int main(void)
{
	size_t n = sizeof words / sizeof *words;
	for (size_t i = 0; i < n; i++) {
		printf("%-8s ", words[i][0] == '\xe9' ? "<e9>" : words[i]);
		for (size_t j = 0; j < n; j++)
			printf("%c", "<=>"[sign(strverscmp(STR(words[i]), STR(words[j]))) + 1]);
		printf("\n");
	}

	/* random short strings over an alphabet that makes every case */
	static const char alphabet[] = "0019a.";
	unsigned state = 1, sum = 0;
	for (int k = 0; k < 200000; k++) {
		char x[8], y[8];
		for (int i = 0; i < 16; i++) {
			state = state * 1103515245u + 12345u;
			(i < 8 ? x : y)[i & 7] = alphabet[(state >> 16) % 6];
		}
		state = state * 1103515245u + 12345u;
		x[(state >> 16) % 8] = 0;
		y[(state >> 20) % 8] = 0;
		x[7] = y[7] = 0;
		if (k & 1)
			memcpy(y, x, (state >> 24) % 8);
		sum = sum * 3 + (unsigned)(sign(strverscmp(STR(x), STR(y))) + 1);
	}
	printf("random pairs %08x\n", sum);
	return test_done();
}
