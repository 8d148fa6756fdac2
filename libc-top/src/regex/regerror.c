#include <string.h>
#include "regex_impl.h"

/* Indexed by error code; REG_ENOSYS (-1) has its own message. */
static const char *const messages[] = {
	[REG_OK] = "No error",
	[REG_NOMATCH] = "regexec found no match",
	[REG_BADPAT] = "Malformed regular expression",
	[REG_ECOLLATE] = "Unknown collating element",
	[REG_ECTYPE] = "Unknown character class name",
	[REG_EESCAPE] = "Backslash at the end of the pattern",
	[REG_ESUBREG] = "Back-reference to an unknown subexpression",
	[REG_EBRACK] = "Bracket expression not closed by ]",
	[REG_EPAREN] = "Parentheses do not balance",
	[REG_EBRACE] = "Interval not closed by }",
	[REG_BADBR] = "Malformed interval bounds",
	[REG_ERANGE] = "Range end point out of order or not a character",
	[REG_ESPACE] = "Out of memory matching the expression",
	[REG_BADRPT] = "Repetition operator with nothing to repeat",
};

/* The whole message's size is returned even when it had to be cut to fit
   size bytes (always terminated when size > 0), so that a caller can
   allocate and call again. */
size_t regerror(int code, const regex_t *restrict re, char *restrict buf, size_t size)
{
	const char *msg;
	size_t len;

	(void)re;
	if (code >= 0 && code < (int)(sizeof messages / sizeof messages[0]))
		msg = messages[code];
	else if (code == REG_ENOSYS)
		msg = "Function not implemented";
	else
		msg = "Unknown error";
	len = strlen(msg);
	if (size) {
		size_t n = len < size - 1 ? len : size - 1;
		memcpy(buf, msg, n);
		buf[n] = 0;
	}
	return len + 1;
}
