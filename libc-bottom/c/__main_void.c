/*
 * clang names a `main` that takes arguments __main_argc_argv and a `main`
 * that takes none __main_void. This weak __main_void serves the first kind:
 * it fetches the arguments and calls main with them. A program whose main
 * takes no arguments defines a strong __main_void, and this one, with the
 * cost of fetching arguments, is never linked.
 */

char **__libc_args(int *);
int __main_argc_argv(int, char **);

__attribute__((__weak__)) int __main_void(void)
{
	int argc;
	char **argv = __libc_args(&argc);

	return __main_argc_argv(argc, argv);
}
