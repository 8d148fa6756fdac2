#include <dirent.h>

/* dirent64 is dirent (ino_t and off_t are 64 bits already). The header
   makes the name a macro; the function is for objects built without it. */
#undef alphasort64
int alphasort64(const struct dirent **, const struct dirent **);

int alphasort64(const struct dirent **a, const struct dirent **b)
{
	return alphasort(a, b);
}
