#include <dirent.h>
#include <string.h>

/* Only the C locale exists, where strcoll is strcmp. */
int alphasort(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}
