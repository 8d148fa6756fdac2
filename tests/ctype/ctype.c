// portable
/* Every value a ctype function accepts, EOF and 0 to 255, in the C locale:
   one line per value with a letter per class, for glibc to agree with. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include "test.h"

int main(void)
{
	for (int c = -1; c < 256; c++) {
		int v = NUM(c);
		printf("%3d %c%c%c%c%c%c%c%c%c%c%c%c%c %3d %3d %d\n", c,
		       isalnum(v) ? 'n' : '.', isalpha(v) ? 'a' : '.', isblank(v) ? 'b' : '.',
		       iscntrl(v) ? 'c' : '.', isdigit(v) ? 'd' : '.', isgraph(v) ? 'g' : '.',
		       islower(v) ? 'l' : '.', isprint(v) ? 'p' : '.', ispunct(v) ? '!' : '.',
		       isspace(v) ? 's' : '.', isupper(v) ? 'u' : '.', isxdigit(v) ? 'x' : '.',
		       isascii(v) ? '7' : '.', tolower(v), toupper(v), toascii(v));
	}
	return test_done();
}
