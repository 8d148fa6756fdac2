/* sbrk: the break is the end of linear memory; it grows by whole 64 KiB
   pages and never shrinks. */
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	char *end = sbrk(0);

	CHECK_EQ((uintptr_t)end % 65536, 0);
	CHECK_EQ((uintptr_t)end, __builtin_wasm_memory_size(0) * 65536);
	char *got = sbrk(100);
	CHECK(got == end);
	memset(got, 1, 100);
	char *now = sbrk(0);
	CHECK(now == end + 65536);
	CHECK(sbrk(NUM((intptr_t)65536)) == now);
	CHECK(sbrk(0) == now + 65536);
	errno = 0;
	CHECK(sbrk(NUM((intptr_t)-1)) == (void *)-1);
	CHECK_EQ(ERRNO, ENOMEM);
	/* 2 GiB more may fit (wasmtime lets memory reach 4 GiB; wasi-run
	   stops sooner), but not twice. */
	errno = 0;
	void *big = sbrk(NUM(INTPTR_MAX));
	if (big != (void *)-1)
		big = sbrk(NUM(INTPTR_MAX));
	CHECK(big == (void *)-1);
	CHECK_EQ(ERRNO, ENOMEM);
	return test_done();
}
