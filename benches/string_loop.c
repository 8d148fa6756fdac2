/* A libc-heavy loop: string and memory functions plus formatted output,
   folded into a checksum so that nothing can be optimised away. */
#include <stdio.h>
#include <string.h>

static char words[64][48];
static char buf[256];

int main(int argc, char **argv)
{
	(void)argv;
	unsigned long sum = 0;
	int rounds = 300000 * argc;

	for (int i = 0; i < 64; i++)
		snprintf(words[i], sizeof words[i], "word-%d-%x-%s", i * argc, i * 2654435761u,
		         i % 3 ? "tail" : "a-rather-longer-tail");

	for (int r = 0; r < rounds; r++) {
		const char *a = words[r & 63], *b = words[(r * 7 + 3) & 63];
		size_t la = strlen(a), lb = strlen(b);
		memcpy(buf, a, la + 1);
		memcpy(buf + la, b, lb + 1);
		sum += strlen(buf);
		sum += (unsigned)(memcmp(a, b, la < lb ? la : lb) > 0);
		sum += (unsigned)(strcmp(buf, a) < 0);
		if ((r & 15) == 0) {
			int n = snprintf(buf, sizeof buf, "%d:%s:%08x", r, a, (unsigned)sum);
			sum += (unsigned long)n;
		}
		sum = sum * 31 + (unsigned char)buf[r % 16];
	}
	printf("checksum %lu\n", sum & 0xffffffffUL);
	return 0;
}
