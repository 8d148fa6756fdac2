// portable
/* Failed writes set the stream's error flag and make fflush and printf
   report failure. Standard output is closed first, so this test reports
   through its exit status: 0 when every expectation held, otherwise the
   number of the first one that did not. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	if (close(1) != 0)
		return 1;

	/* buffered: the failure shows when the buffer is flushed */
	if (printf("%s", "into the buffer") != 15)
		return 2;
	if (fflush(stdout) != EOF)
		return 3;
	if (!ferror(stdout))
		return 4;
	clearerr(stdout);
	if (ferror(stdout))
		return 5;

	/* more than a buffer holds makes printf itself fail */
	if (printf("%9000d", 1) != -1)
		return 6;
	if (!ferror(stdout))
		return 7;

	/* fwrite reports fewer items, fputs and puts EOF */
	static char big[20000];
	if (fwrite(big, 1, sizeof big, stdout) == sizeof big)
		return 8;
	if (fputs("x", stdout) != EOF && fflush(stdout) != EOF)
		return 9;
	if (puts("y") != EOF && fflush(stdout) != EOF)
		return 10;
	if (fflush(NULL) != EOF && fputc('z', stdout) != EOF && fflush(stdout) != EOF)
		return 11;
	return 0;
}
