/*
 * The program's name, as glibc and BSD programs read it:
 * program_invocation_name and __progname_full are argv[0],
 * program_invocation_short_name and __progname what follows its last
 * slash. Whatever refers to one of them links this file, whose constructor
 * fetches the arguments; a program that never does pays nothing. With no
 * argv[0] the names are empty strings.
 */

#include <string.h>

char **__libc_args(int *);

char *__progname_full = "";
char *__progname = "";

extern char *program_invocation_name __attribute__((__weak__, __alias__("__progname_full")));
extern char *program_invocation_short_name __attribute__((__weak__, __alias__("__progname")));

/* After the environment (50), before any user constructor. */
__attribute__((__constructor__(51))) static void init_progname(void)
{
	int argc;
	char **argv = __libc_args(&argc);

	if (argc > 0 && argv[0]) {
		char *slash = strrchr(argv[0], '/');
		__progname_full = argv[0];
		__progname = slash ? slash + 1 : argv[0];
	}
}
