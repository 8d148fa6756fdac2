/*
 * The environment. Whatever refers to `environ` (getenv does) links this
 * file, and its constructor fills the vector before any user constructor
 * runs; a program that never looks at its environment does not fetch it.
 */

char **__libc_environ(void);

/* The vector under a reserved name, which getenv and the rest use: the C
   standard does not reserve `environ`, so a program may define its own. */
char **__environ;

/* The names it goes by: POSIX's `environ`, `_environ` (BSD, glibc) and
   wasi-libc's `__wasilibc_environ`. */
extern char **environ __attribute__((__weak__, __alias__("__environ")));
extern char **_environ __attribute__((__weak__, __alias__("__environ")));
extern char **__wasilibc_environ __attribute__((__weak__, __alias__("__environ")));

static char *empty[1];

/*
 * Priorities up to 100 are reserved for the implementation, which is what
 * this is: the environment must be ready before user constructors call getenv.
 */
__attribute__((__constructor__(50))) static void init_environ(void)
{
	char **env = __libc_environ();

	__environ = env ? env : empty;
}
