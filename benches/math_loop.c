/* The common transcendental functions over a million inputs each: sin and
   cos across several periods, exp, log and pow over their usual ranges.
   The sum is printed at a resolution of 2^-10 so that two libms within an
   ulp of each other print the same line. */
#include <math.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	(void)argv;
	int n = 1000000 * argc;
	double sum = 0;
	for (int i = 0; i < n; i++) {
		double t = (i + 0.5) / n;
		sum += sin(t * 100) + cos(t * 100 - 3);
		sum += exp(t * 20 - 10) * 1e-4;
		sum += log(t * 1000 + 1e-3);
		sum += pow(t * 4 + 0.25, 1.75 - t);
	}
	printf("sum %lld/1024\n", (long long)(sum * 1024));
	return 0;
}
