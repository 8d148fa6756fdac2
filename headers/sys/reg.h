#ifndef _SYS_REG_H
#define _SYS_REG_H

/* WebAssembly has no register file to name; only the word size. */
#define __WORDSIZE 32

#endif
