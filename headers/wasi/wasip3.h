#ifndef _WASI_WASIP3_H
#define _WASI_WASIP3_H

/* The preview 3 interface. This libc targets wasm32-wasip1, where no
   preview 3 import exists, so on purpose this header declares nothing
   rather than fail: code that includes it unconditionally still builds,
   and code that uses the interface must test __wasip3__ (never defined
   here, see <wasi/version.h>) and fail to compile without it, not link
   against imports the runtime cannot provide. */

#include <wasi/version.h>

#endif
