#include <dirent.h>

#undef versionsort64
int versionsort64(const struct dirent **, const struct dirent **);

int versionsort64(const struct dirent **a, const struct dirent **b)
{
	return versionsort(a, b);
}
