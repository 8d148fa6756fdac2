/*
 * Entry point of a reactor module (crt1-reactor.o, chosen by clang's
 * -mexec-model=reactor): the host calls _initialize once, then the module's
 * exports. A second call would run the constructors twice, so it traps.
 */

void __wasm_call_ctors(void);

void _initialize(void)
{
	static int done;

	if (done)
		__builtin_trap();
	done = 1;
	__wasm_call_ctors();
}
