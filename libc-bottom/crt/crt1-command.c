/*
 * Entry point of a command module (crt1.o and crt1-command.o): run the
 * constructors, run main, and leave through exit() so that atexit handlers
 * and stdio flushing happen whether main returns or calls exit itself.
 */

void __wasm_call_ctors(void);
int __main_void(void);
_Noreturn void exit(int);

void _start(void)
{
	__wasm_call_ctors();
	exit(__main_void());
}
