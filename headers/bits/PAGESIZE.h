#ifndef _BITS_PAGESIZE_H
#define _BITS_PAGESIZE_H

/* The WebAssembly page: memory grows in steps of 64 KiB. */
#define PAGESIZE (0x10000)

#endif
