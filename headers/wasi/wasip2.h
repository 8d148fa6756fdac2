#ifndef _WASI_WASIP2_H
#define _WASI_WASIP2_H

/* The preview 2 interface. This libc targets wasm32-wasip1, where no
   preview 2 import exists, so on purpose this header declares nothing
   rather than fail: code that includes it unconditionally still builds,
   and code that uses the interface must test __wasip2__ (never defined
   here, see <wasi/version.h>) and fail to compile without it, not link
   against imports the runtime cannot provide. */

#include <wasi/version.h>

#endif
