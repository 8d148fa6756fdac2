#include <fmtmsg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LABEL = 1, SEVERITY = 2, TEXT = 4, ACTION = 8, TAG = 16, ALL = 31 };

/* MSGVERB: a colon-separated list of the parts to print; unset, empty or
   naming anything else, all of them. */
static int verbosity(void)
{
	static const char *const words[] = { "label", "severity", "text", "action", "tag" };
	const char *s = getenv("MSGVERB");
	int mask = 0;

	if (!s || !*s)
		return ALL;
	while (*s) {
		size_t n = strcspn(s, ":");
		int i = 0;
		while (i < 5 && !(strlen(words[i]) == n && !strncmp(words[i], s, n)))
			i++;
		if (i == 5)
			return ALL;
		mask |= 1 << i;
		s += n;
		if (*s)
			s++;
	}
	return mask;
}

/* POSIX: a label is two fields joined by a colon, of at most 10 and 14
   bytes. */
static int valid_label(const char *label)
{
	const char *colon = strchr(label, ':');
	return colon && colon - label <= 10 && strlen(colon + 1) <= 14;
}

int fmtmsg(long classification, const char *label, int severity, const char *text,
           const char *action, const char *tag)
{
	static const char *const severities[] = { 0, "HALT", "ERROR", "WARNING", "INFO" };

	if (severity < MM_NOSEV || severity > MM_INFO || (label && !valid_label(label)))
		return MM_NOTOK;
	int result = MM_OK;
	/* A WASI program has no system console to write to. */
	if (classification & MM_CONSOLE)
		result = MM_NOCON;
	if (classification & MM_PRINT) {
		int show = verbosity();
		int l = label && (show & LABEL), s = severity && (show & SEVERITY);
		int t = text && (show & TEXT), a = action && (show & ACTION);
		int g = tag && (show & TAG);
		if (fprintf(stderr, "%s%s%s%s%s%s%s%s%s%s\n",
		            l ? label : "", l && (s || t || a || g) ? ": " : "",
		            s ? severities[severity] : "", s && (t || a || g) ? ": " : "",
		            t ? text : "", t && (a || g) ? "\n" : "",
		            a ? "TO FIX: " : "", a ? action : "", a && g ? "  " : "",
		            g ? tag : "") < 0)
			result = result == MM_NOCON ? MM_NOTOK : MM_NOMSG;
	}
	return result;
}
