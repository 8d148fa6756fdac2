/*
 * The environment. Whatever refers to `environ` (getenv does) links this
 * file, and its constructor fills the vector before any user constructor
 * runs; a program that never looks at its environment does not fetch it.
 */

char **__libc_environ(void);

char **environ;

/* The other names the same vector goes by: `_environ` (BSD, glibc) and
   wasi-libc's `__wasilibc_environ`. */
extern char **_environ __attribute__((__weak__, __alias__("environ")));
extern char **__wasilibc_environ __attribute__((__weak__, __alias__("environ")));

static char *empty[1];

/*
 * Priorities up to 100 are reserved for the implementation, which is what
 * this is: the environment must be ready before user constructors call getenv.
 */
__attribute__((__constructor__(50))) static void init_environ(void)
{
	char **env = __libc_environ();

	environ = env ? env : empty;
}
