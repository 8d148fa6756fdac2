#include <sys/stat.h>

/* Kept for the program to read back; WASI creates files without modes, so
   the mask changes nothing on disk. */
static mode_t mask = 022;

mode_t umask(mode_t new)
{
	mode_t old = mask;

	mask = new & 0777;
	return old;
}
