#include <stdlib.h>
#include <wordexp.h>

void wordfree(wordexp_t *we)
{
	if (we->we_wordv) {
		for (size_t i = 0; i < we->we_wordc; i++)
			free(we->we_wordv[we->we_offs + i]);
		free(we->we_wordv);
	}
	we->we_wordc = 0;
	we->we_wordv = NULL;
}
