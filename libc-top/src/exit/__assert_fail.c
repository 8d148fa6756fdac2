#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

/* What a failed assert() calls, under the name and prototype wasi-libc's
   <assert.h> uses too, so objects compiled against either header link. */
_Noreturn void __assert_fail(const char *expr, const char *file, int line, const char *func)
{
	fprintf(stderr, "%s:%d: %s: assertion '%s' failed\n", file, line, func, expr);
	abort();
}
