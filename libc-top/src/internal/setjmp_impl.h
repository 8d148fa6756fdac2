#ifndef SETJMP_IMPL_H
#define SETJMP_IMPL_H

/* The runtime half of clang's setjmp/longjmp lowering for WebAssembly
   (`-mllvm -wasm-enable-sjlj`). The compiler numbers each setjmp call
   site in a function (the label) and gives every invocation of that
   function a unique address (the invocation id); longjmp throws the
   exception tag __c_longjmp with a pointer to {env, val}; each function
   that called setjmp catches it and asks __wasm_setjmp_test whether env
   was set by this invocation, and at which label. */

#include <setjmp.h>
#include "libc.h"

void __wasm_setjmp(void *, unsigned, void *);
unsigned __wasm_setjmp_test(void *, void *);
_Noreturn void __wasm_longjmp(void *, int);

#endif
