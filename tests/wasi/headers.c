/* The WASI headers all compile together on wasm32-wasip1: version.h says
   which preview this is; the preview 2 and 3 headers declare nothing
   here, and busy-waiting is a concern of threaded targets only. */
#include <wasi/api.h>
#include <wasi/libc-busywait.h>
#include <wasi/libc-environ.h>
#include <wasi/libc-find-relpath.h>
#include <wasi/libc-nocwd.h>
#include <wasi/libc.h>
#include <wasi/version.h>
#include <wasi/wasip1.h>
#include <wasi/wasip2.h>
#include <wasi/wasip3.h>

#include "test.h"

int main(void)
{
#ifdef __wasip1__
	CHECK(1);
#else
	CHECK(!"__wasip1__ is defined");
#endif
#if defined(__wasip2__) || defined(__wasip3__)
	CHECK(!"no later preview is claimed");
#endif
	/* The preview 1 names are all there. */
	CHECK_EQ(sizeof(__wasi_filestat_t), 64);
	CHECK_EQ(__WASI_ERRNO_NOTCAPABLE, 76);
	return test_done();
}
