/* A printf-heavy workload: lines mixing %d %s %x with %f %g and %e, the
   kind a log or a table writer produces, to stdout (a pipe or a file, so
   fully buffered). Both libcs must print the same bytes. */
#include <stdio.h>

static const char *const names[] = { "alpha", "beta", "gamma", "delta", "epsilon" };

int main(int argc, char **argv)
{
	(void)argv;
	int lines = 20000 * argc;
	unsigned x = 12345;
	double v = 0.0;
	for (int i = 0; i < lines; i++) {
		x = x * 1103515245u + 12345u;
		v += (double)(x >> 16) / 977.0;
		printf("%6d %-8s %08x %10.3f %g %.2e\n", i, names[i % 5], x, v, v / (i + 1), 1.0 / (i + 1));
	}
	return 0;
}
