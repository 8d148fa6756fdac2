#ifndef _WASI_WASIP1_H
#define _WASI_WASIP1_H

/* The preview 1 interface under its versioned name. */
#include <wasi/version.h>
#include <wasi/api.h>

#endif
