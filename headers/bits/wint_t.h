#ifndef _BITS_WINT_T_H
#define _BITS_WINT_T_H

/* The compiler's own wint_t (int on wasm32), as wasi-libc has it. */
#define __need_wint_t
#include <stddef.h>
#ifndef _WINT_T
#define _WINT_T
typedef __WINT_TYPE__ wint_t;
#endif

#define WEOF 0xffffffffU

#endif
