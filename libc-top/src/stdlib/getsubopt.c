#include <stdlib.h>
#include <string.h>

/* Takes the next comma-separated suboption from *opt, splitting "name=value"
   at the '='; returns its index in keys, or -1 with *value the whole
   suboption when the name is not there. */
int getsubopt(char **opt, char *const *keys, char **value)
{
	char *s = *opt, *end = s + strcspn(s, ",");

	*opt = *end ? end + 1 : end;
	*end = 0;
	*value = NULL;
	char *eq = strchr(s, '=');
	size_t n = eq ? (size_t)(eq - s) : strlen(s);
	for (int i = 0; keys[i]; i++) {
		if (!strncmp(keys[i], s, n) && !keys[i][n]) {
			if (eq)
				*value = eq + 1;
			return i;
		}
	}
	*value = s;
	return -1;
}
