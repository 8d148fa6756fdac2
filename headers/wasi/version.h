#ifndef _WASI_VERSION_H
#define _WASI_VERSION_H

/* Which WASI this libc was built for: preview 1. Code written for several
   versions tests __wasip1__, __wasip2__ or __wasip3__; clang names the
   target only with __wasi__, so the libc says which one it is. */
#ifndef __wasip1__
#define __wasip1__
#endif

#endif
