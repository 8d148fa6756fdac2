#include <ctype.h>

/* Only the C locale exists: ASCII, and nothing above 0x7f. */
int isalpha(int c)
{
	return ((unsigned)c | 32) - 'a' < 26;
}
